// The one place the portal writes PDFs (certificates, the action plan): document setup with the
// embedded Unicode font, drawing and wrapping text, and pages that break between blocks.
export { A4_LANDSCAPE, A4_PORTRAIT, colours, createPdf } from './document';
export { createFlow, type FlowLine } from './flow';
export { drawText, textWidth, wrap } from './text';
