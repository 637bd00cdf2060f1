// Glue between the MapChart Blazor component (Tianzhong.Modules.Map/Pages/Components/MapChart.cs) and Apache ECharts,
// which App.razor loads from /lib/echarts/echarts.min.js (npm, served by the app; ADR 0014). No tile server, no CDN:
// the base map is the GeoJSON the server sends (the schematic built from the units' seats, or the official upload).

const MapName = 'tz-base';

// ECharts' geo component draws areas only: point features (the functional zones of the schematic) become markers.
function register(geoJson) {
  const geo = JSON.parse(geoJson);
  geo.features = (geo.features || []).filter(f => f && f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'));
  echarts.registerMap(MapName, geo);
}

/**
 * Registers the base map, draws the chart into the element and reports clicks to the component.
 * @param {HTMLElement} element the component's div
 * @param {string} geoJson the base map (a GeoJSON FeatureCollection)
 * @param {string} optionJson the ECharts option (its geo component names the map 'tz-base')
 * @param {any} dotnet the component's DotNetObjectReference, called with OnChartClick(seriesId, name, id)
 */
export function create(element, geoJson, optionJson, dotnet) {
  register(geoJson);
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption(JSON.parse(optionJson), true);
  chart.on('click', p => {
    const id = p.data && p.data.id ? String(p.data.id) : '';
    dotnet.invokeMethodAsync('OnChartClick', p.seriesId || p.componentType || '', p.name || '', id);
  });

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
    /** Replaces the whole option (notMerge), so layers switched off disappear. */
    setOption(json) {
      chart.setOption(JSON.parse(json), true);
    },

    /** A new base map (after an upload or a reset): registered again, then the option redrawn on it. */
    setMap(geo, json) {
      register(geo);
      chart.setOption(JSON.parse(json), true);
    },

    dispose() {
      cancelAnimationFrame(frame);
      observer.disconnect();
      chart.dispose();
    },
  };
}
