import { BarChart } from 'echarts/charts';
import { GraphicComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

// What the first view needs (bars); echarts-extra.ts adds heatmaps and the map for the
// views that draw them, so the first bundle stays a fraction of the full echarts build.
echarts.use([BarChart, GraphicComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer, SVGRenderer]);

export { echarts };
