import TallyCore

/// The report's colours and its one inline stylesheet (screen, phone and A4 print).
enum HTMLStyle {
    /// The strong colour of a status: text, bars, chart lines.
    static func colour(_ status: Status) -> String {
        switch status {
        case .met: "#1a7f37"
        case .onTrack: "#0969da"
        case .behind: "#9a6700"
        case .missed: "#cf222e"
        case .upcoming: "#6e7781"
        case .exempt: "#8250df"
        }
    }

    /// The pale background of a status: badges and row highlights.
    static func background(_ status: Status) -> String {
        switch status {
        case .met: "#dafbe1"
        case .onTrack: "#ddf4ff"
        case .behind: "#fff8c5"
        case .missed: "#ffebe9"
        case .upcoming: "#eaeef2"
        case .exempt: "#fbefff"
        }
    }

    /// The colour of a milestone's state.
    static func colour(_ state: MilestoneResult.State) -> String {
        switch state {
        case .reached: colour(Status.met)
        case .missed: colour(Status.missed)
        case .upcoming: colour(Status.upcoming)
        }
    }

    /// The colour of a trigger's state.
    static func colour(_ state: TriggerResult.State) -> String {
        switch state {
        case .inTime: colour(Status.met)
        case .late: colour(Status.behind)
        case .pending: colour(Status.upcoming)
        case .overdue: colour(Status.missed)
        }
    }

    /// The stylesheet, with one class per status and per verdict generated from the colours above.
    static var css: String {
        var statuses = ""
        for status in Status.allCases {
            statuses += ".s-\(status.rawValue){--c:\(colour(status));--bg:\(background(status))}\n"
        }
        let verdicts: [(Verdict, Status)] = [(.compliant, .met), (.atRisk, .behind), (.nonCompliant, .missed)]
        for (verdict, status) in verdicts {
            statuses += ".v-\(verdict.rawValue){--c:\(colour(status));--bg:\(background(status))}\n"
        }
        return statuses + base + HTMLRollUp.css + print
    }

    static let base = """
    *{box-sizing:border-box}
    html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
    body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;color:#1f2328;background:#f6f8fa}
    main{max-width:60rem;margin:0 auto;padding:1.25rem}
    main:has(>.rollup){max-width:96rem}
    table.by-target td:first-child{min-width:18rem}
    h1,h2,h3{line-height:1.25;margin:.2em 0 .4em}
    h1{font-size:1.6rem}h2{font-size:1.3rem}h3{font-size:1.08rem}
    code{font:.85em/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#eff1f3;border-radius:4px;padding:.05em .35em;overflow-wrap:anywhere}
    a{color:#0969da}
    .muted{color:#59636e}
    .eyebrow{margin:0;color:#59636e;font-weight:600;font-size:.95rem}
    .programme{background:#fff;border:1px solid #d1d9e0;border-radius:10px;padding:1.25rem;margin:0 0 1.5rem}
    .scorecard{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.6rem;margin:.8rem 0}
    .scorecard div{border:1px solid #d1d9e0;border-radius:8px;padding:.5rem .75rem;background:#fff}
    .scorecard .label{display:block;font-size:.8rem;color:#59636e}
    .scorecard strong{font-size:1.25rem}
    .scorecard .verdict{background:var(--bg);border-color:var(--c)}
    .scorecard .verdict strong{color:var(--c);text-transform:uppercase}
    .badge{display:inline-block;border:1px solid var(--c);color:var(--c);background:var(--bg);border-radius:999px;padding:0 .55em;font-size:.82rem;font-weight:600;white-space:nowrap}
    .from-template{display:inline-block;margin-left:.4em;border:1px dashed #888;color:#555;border-radius:4px;padding:0 .4em;font-size:.75rem}
    .chip{display:inline-block;background:#eff1f3;border-radius:4px;padding:0 .4em;margin:.1em 0;font-size:.88rem}
    .chip.bad{background:#ffebe9;color:#a40e26}.chip.warn{background:#fff8c5;color:#7d4e00}.chip.wait{background:#eaeef2}.chip.ok{background:#ddf4ff;color:#0a3069}
    .counts{display:flex;flex-wrap:wrap;gap:.35rem;margin:.4rem 0 .8rem;padding:0;list-style:none}
    .table-wrap{overflow-x:auto;margin:.5rem 0 1rem}
    table{border-collapse:collapse;width:100%;font-size:.9rem}
    th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #d1d9e0}
    th{background:#f6f8fa;font-weight:600}
    td.window{white-space:nowrap}
    .rollup-table td:first-child{min-width:10rem}.rollup-table td:nth-child(4){min-width:7rem}.rollup-table .num{padding-left:.3rem;padding-right:.3rem}
    .rollup-table th[class*="s-"]{color:var(--c);white-space:normal;border-bottom:3px solid var(--c)}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    .target{border:1px solid #d1d9e0;border-left:6px solid var(--c);border-radius:8px;padding:.8rem 1rem;margin:1rem 0;background:#fff}
    .target-head{display:flex;flex-wrap:wrap;gap:.4rem .8rem;align-items:baseline;justify-content:space-between}
    .target-head h2,.target-head h3{margin:0;font-size:1.08rem;flex:1 1 20rem}
    .meta{margin:.3rem 0;color:#59636e;font-size:.88rem}
    .meta span+span::before{content:" · "}
    .bar{position:relative;height:.9rem;background:#eaeef2;border-radius:4px;margin:.5rem 0 .2rem;overflow:visible}
    .bar .fill{position:absolute;left:0;top:0;bottom:0;background:var(--c);border-radius:4px}
    .bar .required{position:absolute;top:-.2rem;bottom:-.2rem;width:2px;margin-left:-1px;background:#1f2328}
    .bar .pace{position:absolute;top:-.35rem;bottom:-.35rem;width:0;margin-left:-1px;border-left:2px dashed #1f2328}
    .bar-text{font-size:.88rem;display:flex;flex-wrap:wrap;gap:.2rem 1rem}
    .bar-text strong{font-variant-numeric:tabular-nums}
    dl.facts{display:grid;grid-template-columns:minmax(7rem,max-content) 1fr;gap:.25rem .8rem;margin:.7rem 0;font-size:.9rem}
    dl.facts dt{color:#59636e;font-weight:600}
    dl.facts dd{margin:0}
    ul.plain{margin:0;padding-left:1.1rem}
    .expired{text-decoration:line-through}
    .tag{font-size:.78rem;font-weight:600;color:#a40e26;border:1px solid currentColor;border-radius:4px;padding:0 .3em;margin-left:.3em}
    figure{margin:.8rem 0;break-inside:avoid;page-break-inside:avoid}
    figcaption{font-size:.85rem;color:#59636e;margin-bottom:.2rem}
    figure svg{display:block;width:100%;max-width:32rem;height:auto}
    .legend{display:flex;flex-wrap:wrap;gap:.2rem .9rem;font-size:.8rem;color:#59636e;margin:.2rem 0 0;padding:0;list-style:none}
    .legend i{display:inline-block;width:1.2em;height:0;vertical-align:middle;margin-right:.3em;border-top:3px solid var(--c,#1f2328)}
    .legend i.dash{border-top-style:dashed;border-top-width:2px}.legend i.dot{border-top-style:dotted;border-top-width:2px}
    .legend i.box{height:.8em;border:0;background:var(--c)}
    .legend i.diamond{width:.7em;height:.7em;border:0;background:var(--c);transform:rotate(45deg)}
    .members{display:grid;grid-template-columns:minmax(8rem,16rem) minmax(5rem,1fr) max-content max-content;gap:.25rem .6rem;align-items:center;font-size:.88rem;margin:.3rem 0}
    .members .bar{margin:0}
    .members .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    details>summary{cursor:pointer;font-weight:600;font-size:.92rem;margin:.4rem 0}
    table.evidence td:first-child{white-space:nowrap}
    table.evidence td.where,table.evidence td.paths{font-size:.85em;max-width:13rem}
    table.evidence td.where code{background:none;padding:0;color:#59636e;overflow-wrap:normal}
    table.evidence td.paths code{overflow-wrap:normal}
    footer{color:#59636e;font-size:.8rem;text-align:center;margin:1rem 0}
    @media (max-width:40rem){
      main{padding:.5rem}
      .programme{padding:.8rem;border-radius:6px}
      .target{padding:.6rem .7rem}
      dl.facts{grid-template-columns:1fr}
      dl.facts dd{margin-bottom:.3rem}
      .members{grid-template-columns:1fr max-content max-content}
      .members .name{grid-column:1/-1;margin-top:.3rem}
      table.stack thead{display:none}
      table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}
      table.stack tr{border-bottom:1px solid #d1d9e0;padding:.3rem 0}
      table.stack td{border:0;padding:.05rem .2rem;text-align:left;white-space:normal;min-width:0!important}
      table.evidence td.where,table.evidence td.paths{max-width:none}
      table.stack td[data-label]::before{content:attr(data-label) ": ";color:#59636e;font-weight:600}
    }

    """

    static let print = """
    @page{size:A4;margin:14mm 12mm}
    @media print{
      *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      body{background:#fff;font-size:9.5pt}
      main{max-width:none;padding:0}
      a{color:inherit;text-decoration:none}
      .programme{border:0;padding:0;margin:0}
      .programme+.programme,.rollup+.programme{break-before:page;page-break-before:always}
      .target{break-inside:avoid;page-break-inside:avoid}
      .target-head,.bar,.bar-text,dl.facts,tr,.members>*{break-inside:avoid;page-break-inside:avoid}
      h1,h2,h3,figcaption,summary{break-after:avoid;page-break-after:avoid}
      thead{display:table-header-group}
      figure{margin:.4rem 0}
      figure svg{max-width:12cm}
      .target{padding:.5rem .7rem;margin:.6rem 0}
      table{font-size:8.5pt}
      th,td{padding:.2rem .35rem}
      table.evidence td.where,table.evidence td.paths{max-width:none}
      dl.facts{margin:.4rem 0}
      details>summary{list-style:none}
      details>summary::-webkit-details-marker{display:none}
      .table-wrap{overflow:visible}
    }

    """
}
