// jsPDF can render HTML and SVG through html2canvas, canvg and DOMPurify. IKZ-Check uses neither,
// so those libraries are replaced by this module (see vite.config.ts) and never shipped.
export default function unusedOptionalDependency(): never {
  throw new Error('Diese Funktion von jsPDF wird in IKZ-Check nicht verwendet.');
}
