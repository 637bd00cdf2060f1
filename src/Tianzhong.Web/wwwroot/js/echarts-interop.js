// Glue between the EChart Blazor component (Tianzhong.Kernel.Infrastructure/Components/EChart.cs) and Apache ECharts,
// which App.razor loads from /lib/echarts/echarts.min.js (npm, copied by the build; ADR 0014). One chart per element.

// ECharts' geo component draws areas only: point features (e.g. functional zones) are left to the option's markers.
function registerMap(map) {
  const geo = JSON.parse(map.geoJson);
  geo.features = (geo.features || []).filter(f => f && f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'));
  echarts.registerMap(map.name, geo);
}

/**
 * Draws a chart into the element and keeps it sized to it; returns the handle the component calls later.
 * @param {HTMLElement} element the component's div (its height comes from the component, its width from the page)
 * @param {string} optionJson the whole ECharts option as JSON
 * @param {string | null} theme a registered ECharts theme name, or null for the default
 * @param {object | null} clicks the component's .NET reference when it listens to clicks, else null
 * @param {{name: string, geoJson: string} | null} map a base map to register before drawing, or null
 */
export function create(element, optionJson, theme, clicks, map) {
  if (map) {
    registerMap(map);
  }

  const chart = echarts.init(element, theme || null, { renderer: 'canvas' });
  chart.setOption(JSON.parse(optionJson), true);
  if (clicks) {
    chart.on('click', (params) => {
      const id = params.data && params.data.id != null ? String(params.data.id) : null;
      clicks.invokeMethodAsync('NotifyClick', params.seriesId || params.componentType || '', params.name || '', id);
    });
  }

  // Window resizes, drawer toggles and layout changes all reach the chart as a size change of its element. The
  // resize waits for the next frame so it never changes layout inside the observer's own callback.
  let frame = 0;
  const observer = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      if (!chart.isDisposed()) {
        chart.resize();
      }
    });
  });
  observer.observe(element);

  return {
    /** Replaces the whole option (notMerge), so series that went away disappear. */
    setOption(json) {
      chart.setOption(JSON.parse(json), true);
    },

    /** A new base map (e.g. after an upload): registered again, then the option redrawn on it. */
    setMap(map, json) {
      registerMap(map);
      chart.setOption(JSON.parse(json), true);
    },

    /**
     * The chart as a PNG data URL, streamed back: a data URL easily exceeds the circuit's message size limit.
     * @param {string} backgroundColor the fill behind the chart (charts are transparent by default)
     */
    png(backgroundColor) {
      const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor });
      // The bytes themselves: the component asks for an IJSStreamReference, so Blazor wraps the returned typed array
      // in a stream reference; returning an already wrapped one fails with "not a typed array or blob".
      return new TextEncoder().encode(url);
    },

    dispose() {
      cancelAnimationFrame(frame);
      observer.disconnect();
      chart.dispose();
    },
  };
}

/**
 * Saves a data URL (e.g. a chart's PNG) as a file through a temporary link.
 * @param {string} dataUrl the file's content as a data URL
 * @param {string} fileName the name the browser saves it under
 */
export function download(dataUrl, fileName) {
  const link = document.createElement('a');
  link.href = dataUrl;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
}
