/**
 * Swagger UI made to pass WCAG 2.1 AA (axe, in e2e/tests/api-docs.spec.ts): darker text where its
 * colours are too light, and a small script that fixes what it renders, as it renders it: a name for
 * each button without one, an empty alt on decorative images, a label for each unlabelled field,
 * no link nested inside an operation's toggle button, and the page's language.
 */
const css = `
.swagger-ui .opblock .opblock-summary-method { color: #0b0c0c; text-shadow: none; }
.swagger-ui, .swagger-ui .info .title, .swagger-ui .opblock-tag, .swagger-ui .opblock .opblock-summary-description,
.swagger-ui .opblock-description-wrapper p, .swagger-ui .response-col_status, .swagger-ui table thead tr th,
.swagger-ui .parameter__name, .swagger-ui .parameter__type, .swagger-ui .parameter__in, .swagger-ui .prop-format,
.swagger-ui .model, .swagger-ui .model-title, .swagger-ui .renderedMarkdown p, .swagger-ui .tab li,
.swagger-ui .opblock-tag small, .swagger-ui .info p, .swagger-ui .info li, .swagger-ui .info a,
.swagger-ui .response-control-media-type__accept-message, .swagger-ui .opblock .opblock-section-header h4,
.swagger-ui .opblock .opblock-section-header > label, .swagger-ui label, .swagger-ui .btn { color: #0b0c0c; }
.swagger-ui a, .swagger-ui .info a { color: #1d4f91; }
.swagger-ui .opblock .opblock-summary-path, .swagger-ui .opblock .opblock-summary-path__deprecated { color: #0b0c0c; }
.swagger-ui .parameter__name.required span, .swagger-ui .parameter__name.required::after { color: #a4161a; }
.swagger-ui .response-control-media-type--accept-controller select { border-color: #0b0c0c; }
.swagger-ui .topbar { display: none; }
.swagger-ui .info .title small, .swagger-ui .info .title small.version-stamp { background-color: #3b4151; }
.swagger-ui .info .title small pre { color: #ffffff; }
.swagger-ui .btn span, .swagger-ui .btn.authorize span { color: #0b0c0c; }
.swagger-ui .btn.authorize { border-color: #0b0c0c; }
.swagger-ui .btn.authorize svg { fill: #0b0c0c; }
`;

const js = `(() => {
  const name = (el, text) => { if (!el.getAttribute('aria-label')) el.setAttribute('aria-label', text); };
  const fix = () => {
    document.documentElement.lang = 'en';
    for (const img of document.querySelectorAll('img:not([alt])')) img.setAttribute('alt', '');
    for (const svg of document.querySelectorAll('svg:not([aria-hidden])')) svg.setAttribute('aria-hidden', 'true');
    for (const button of document.querySelectorAll('button')) {
      if ((button.textContent || '').trim() || button.getAttribute('aria-label')) continue;
      if (button.closest('.copy-to-clipboard')) name(button, 'Copy to clipboard');
      else if (button.classList.contains('opblock-control-arrow')) name(button, 'Show or hide this operation');
      else if (button.classList.contains('expand-operation')) name(button, 'Show or hide these operations');
      else if (button.classList.contains('model-box-control')) name(button, 'Show or hide this schema');
      else if (button.classList.contains('authorization__btn')) name(button, 'Authorize');
      else name(button, 'Show or hide');
    }
    for (const field of document.querySelectorAll('input, select, textarea')) {
      if (field.labels && field.labels.length > 0) continue;
      if (field.getAttribute('aria-label') || field.getAttribute('aria-labelledby')) continue;
      const hint = field.closest('.response-control-media-type') ? 'Media type'
        : field.closest('.content-type-wrapper, .body-param-content-type') ? 'Content type'
        : field.closest('.servers') ? 'Server'
        : field.getAttribute('placeholder') || field.getAttribute('name') || field.getAttribute('title') || 'Value';
      field.setAttribute('aria-label', hint);
    }
    // The path is a link inside the operation's toggle button: one control, not two.
    for (const link of document.querySelectorAll('.opblock-summary-control a[href], .opblock-summary-control [tabindex]')) {
      link.removeAttribute('href');
      if (link.getAttribute('tabindex')) link.removeAttribute('tabindex');
    }
  };
  // Once per frame at most, however many nodes Swagger UI adds.
  let queued = false;
  const later = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; fix(); });
  };
  fix();
  new MutationObserver(later).observe(document.body, { childList: true, subtree: true });
})();
`;

export const apiDocsTheme = {
  title: 'Derde Bron API',
  css: [{ filename: 'accessible.css', content: css }],
  js: [{ filename: 'accessible.js', content: js }],
};
