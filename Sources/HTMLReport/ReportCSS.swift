/// The report's one style sheet, inlined in the page. Text colours keep a contrast of at least 4.5:1 on
/// every background they sit on (checked: severity colours ≥ 6:1 on their tints, body text ≥ 14:1), and
/// severity never rests on colour alone: marks are underlined solid (error), dashed (warning) or dotted
/// (suggestion), and notes, badges and the panel spell the severity out.
enum ReportCSS {
    static let sheet = """
    :root {
      --text: #1b1b1f; --muted: #55585e; --rule: #d5d8de; --panel: #f5f6f8; --link: #1d4f91;
      --error: #a4262c; --error-bg: #fde7e9; --warning: #7a4a00; --warning-bg: #fff0c2;
      --suggestion: #1d4f91; --suggestion-bg: #e3eefb; --ok: #1e6b3a; --bar: #3a5a8c; --over: #a4262c;
    }
    * { box-sizing: border-box; }
    html { color: var(--text); background: #fff; }
    body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Roboto, sans-serif; }
    a { color: var(--link); }
    a:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .skip { position: absolute; left: 8px; top: -48px; background: #fff; padding: 6px 10px; border: 2px solid var(--link); z-index: 2; }
    .skip:focus { top: 8px; }

    header.page { padding: 20px 32px 12px; border-bottom: 1px solid var(--rule); background: var(--panel); }
    header.page .kicker { margin: 0; font-size: 13px; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); }
    header.page h1 { margin: 2px 0 4px; font-size: 24px; line-height: 1.25; overflow-wrap: anywhere; }
    header.page .meta { margin: 0 0 8px; color: var(--muted); }
    .totals { margin: 0 0 8px; display: flex; flex-wrap: wrap; gap: 8px; padding: 0; list-style: none; }
    .totals li { padding: 2px 10px; border-radius: 12px; background: #fff; border: 1px solid var(--rule); font-weight: 600; }
    .totals .t-error { color: var(--error); } .totals .t-warning { color: var(--warning); } .totals .t-suggestion { color: var(--suggestion); }
    .totals .t-none { color: #57606a; font-weight: 400; }
    .legend { margin: 0 0 8px; font-size: 14px; color: var(--muted); }
    .legend mark { margin: 0 4px; }
    nav.sections ul { display: flex; flex-wrap: wrap; gap: 4px 18px; margin: 0; padding: 0; list-style: none; font-size: 14px; }

    .layout { display: grid; grid-template-columns: minmax(0, 1fr) 400px; gap: 28px; padding: 0 32px 32px; }
    main { min-width: 0; padding-top: 8px; }
    main:focus { outline: none; }
    .draft { max-width: 540px; margin-right: 260px; position: relative; }
    .draft h1 { font-size: 28px; line-height: 1.25; }
    .draft h2 { font-size: 22px; margin-top: 1.6em; } .draft h3 { font-size: 18px; }
    .draft blockquote { margin: 1em 0; padding-left: 14px; border-left: 4px solid var(--rule); color: #2c2f35; }
    .draft pre { background: var(--panel); padding: 10px; overflow-x: auto; font-size: 14px; }
    .draft code { font-size: .9em; background: var(--panel); padding: 0 3px; border-radius: 3px; }
    .draft img { max-width: 100%; }
    .draft table { border-collapse: collapse; }

    mark { color: inherit; background: none; padding: 0 1px; border-radius: 2px;
      text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; text-decoration-skip-ink: none;
      -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    mark.f-error { background: var(--error-bg); text-decoration-color: var(--error); text-decoration-style: solid; }
    mark.f-warning { background: var(--warning-bg); text-decoration-color: var(--warning); text-decoration-style: dashed; }
    mark.f-suggestion { background: var(--suggestion-bg); text-decoration-color: var(--suggestion); text-decoration-style: dotted; }
    mark:target, sup:target { outline: 3px solid var(--link); }
    sup.ref, sup.badge { font-size: 11px; line-height: 0; font-weight: 700; margin-left: 1px; }
    sup.ref a, sup.badge a { text-decoration: none; padding: 0 2px; }
    sup.badge a { display: inline-block; min-width: 18px; padding: 1px 4px; border-radius: 9px; text-align: center; color: #fff; line-height: 1.3; }
    sup.badge.f-error a { background: var(--error); } sup.badge.f-warning a { background: var(--warning); }
    sup.badge.f-suggestion a { background: var(--suggestion); }
    sup.badge { vertical-align: 4px; margin-right: 4px; }

    .note { float: right; clear: right; width: 236px; margin: 2px -260px 6px 0; padding: 2px 0 2px 8px;
      font-size: 13px; line-height: 1.35; font-weight: 400; font-style: normal; letter-spacing: 0; text-transform: none;
      color: var(--text); border-left: 3px solid var(--muted); }
    .note .n { font-weight: 700; }
    .note .sev { font-weight: 700; text-transform: uppercase; font-size: 11px; letter-spacing: .04em; }
    .note.f-error { border-left: 3px solid var(--error); } .note.f-error .sev { color: var(--error); }
    .note.f-warning { border-left: 3px dashed var(--warning); } .note.f-warning .sev { color: var(--warning); }
    .note.f-suggestion { border-left: 3px dotted var(--suggestion); } .note.f-suggestion .sev { color: var(--suggestion); }
    .draft::after { content: ""; display: block; clear: both; }

    aside { background: var(--panel); border-left: 1px solid var(--rule); padding: 8px 20px 20px; font-size: 14px; }
    aside h2 { font-size: 17px; margin: 18px 0 8px; }
    aside h3 { font-size: 14px; margin: 14px 0 6px; }
    aside table { border-collapse: collapse; width: 100%; font-size: 13px; }
    aside th, aside td { text-align: right; padding: 3px 4px; border-bottom: 1px solid var(--rule); }
    aside th:first-child, aside td:first-child { text-align: left; }
    aside tfoot td { font-weight: 700; }
    aside dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 12px; margin: 0; }
    aside dt { color: var(--muted); } aside dd { margin: 0; }
    aside figure { margin: 10px 0; } aside figcaption { font-weight: 600; margin-bottom: 4px; }
    svg { display: block; max-width: 100%; height: auto; }
    svg text { font: 11px system-ui, "DejaVu Sans", sans-serif; fill: var(--text); }
    svg .muted { fill: var(--muted); }
    table.pairs th, table.pairs td { vertical-align: top; width: 50%; text-align: left; }
    table.pairs .where { display: block; font-size: 12px; color: var(--muted); }
    ul.check { list-style: none; padding: 0; margin: 0; }
    ul.check li { padding: 2px 0; }
    ul.check .sym { display: inline-block; width: 1.3em; font-weight: 700; }
    ul.check .state { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; margin-left: 4px; }
    ul.check .yes .sym, ul.check .yes .state { color: var(--ok); }
    ul.check .no .sym, ul.check .no .state { color: var(--error); }
    ul.check .unknown .sym, ul.check .unknown .state { color: var(--muted); }
    ol.findings { padding-left: 0; margin: 0; list-style: none; }
    ol.findings li { padding: 6px 0 6px 10px; border-bottom: 1px solid var(--rule); border-left: 3px solid var(--muted); margin-bottom: 2px; }
    ol.findings li.f-error { border-left: 3px solid var(--error); }
    ol.findings li.f-warning { border-left: 3px dashed var(--warning); }
    ol.findings li.f-suggestion { border-left: 3px dotted var(--suggestion); }
    ol.findings li:target { background: #fff; outline: 3px solid var(--link); }
    ol.findings .sev { font-weight: 700; text-transform: uppercase; font-size: 11px; letter-spacing: .04em; }
    ol.findings .f-error .sev { color: var(--error); } ol.findings .f-warning .sev { color: var(--warning); }
    ol.findings .f-suggestion .sev { color: var(--suggestion); }
    ol.findings .rule { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; color: var(--muted); }
    ol.findings .help, ol.findings .where { display: block; color: var(--muted); }
    .empty { color: var(--muted); }

    @media (max-width: 1100px) {
      /* The panel moves below the draft; the notes stay in the draft's margin, out of its sentences. */
      .layout { grid-template-columns: 1fr; }
      aside { border-left: 0; border-top: 1px solid var(--rule); }
    }
    @media (max-width: 720px) {
      /* No room for a margin: the numbered references link to each finding in the list below. */
      .layout { padding: 0 16px 24px; }
      .draft { margin-right: 0; }
      .note { display: none; }
    }
    @media print {
      @page { margin: 14mm; }
      body { font-size: 10.5pt; }
      .skip, nav.sections { display: none; }
      header.page { background: none; padding: 0 0 6pt; }
      .layout { display: block; padding: 0; }
      .draft { max-width: none; margin-right: 56mm; }
      .note { float: right; clear: right; display: block; width: 50mm; margin: 1pt -56mm 4pt 0; padding: 0 0 0 6pt; font-size: 7.5pt; }
      .draft h1, .draft h2, .draft h3 { break-after: avoid; }
      .draft p, .draft li { orphans: 3; widows: 3; }
      aside { border: 0; background: none; padding: 0; break-before: page; }
      aside section, aside figure, ol.findings li { break-inside: avoid; }
      a { color: inherit; }
      sup.badge a { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """
}
