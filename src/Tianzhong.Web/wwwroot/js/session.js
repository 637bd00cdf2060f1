// Signs the user out after 30 minutes without keyboard, mouse or touch input (idle timeout).
(function () {
  const idleMs = 30 * 60 * 1000;
  let last = Date.now();
  const touch = () => { last = Date.now(); };
  ["mousemove", "keydown", "mousedown", "touchstart", "scroll"].forEach(e => window.addEventListener(e, touch, { passive: true }));
  setInterval(() => {
    if (Date.now() - last < idleMs) return;
    const form = document.getElementById("logout-form");
    if (form) { form.action = "/account/logout?reason=idle"; form.submit(); }
  }, 30 * 1000);
})();
