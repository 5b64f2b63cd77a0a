import { GraphChart, HeatmapChart, LinesChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, VisualMapComponent } from 'echarts/components';
import { echarts } from './echarts-setup.js';

// Heatmaps (region, country and theme matrices), the world map and the network graph: registered when a view
// that draws them is first opened. Imported for this side effect only.
echarts.use([HeatmapChart, VisualMapComponent, GeoComponent, LinesChart, ScatterChart, GraphChart]);
