// echarts ships its single-file build without declarations of its own; it is the same API as the
// package's entry (both are the full build), so it takes the entry's types.
declare module 'echarts/dist/echarts.esm' {
  export * from 'echarts';
}
