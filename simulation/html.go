package simulation

import (
	_ "embed"
	"encoding/json"
	"html/template"
	"io"

	"github.com/trainmesh/trainmesh/reputation/dash/uplot"
)

// The HTML report is one self-contained file: the page, its script, the
// report as JSON and the charting library (uPlot, reputation/dash/uplot),
// so it opens offline and can be mailed around.

var uplotJS, uplotCSS = uplot.JS, uplot.CSS

//go:embed assets/report.js
var reportJS string

var page = template.Must(template.New("report").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>trainmesh simulation: {{.Name}}</title>
<style>{{.UplotCSS}}</style>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 20px; color: #1c2430; }
table { border-collapse: collapse; margin: 8px 0 20px; }
td, th { border-bottom: 1px solid #dde2ea; padding: 4px 10px; text-align: left; }
th { background: #f3f5f8; }
#charts { display: flex; flex-wrap: wrap; gap: 16px; }
.chart h3 { font-size: 14px; margin: 4px 0; }
</style></head>
<body>
<h1 id="title"></h1>
<p id="description"></p>
<h2>Summary</h2><div id="summary"></div>
<h2>Peers by class</h2><div id="classes"></div>
<h2>Slashings</h2><div id="slashings"></div>
<h2>Verified work by class</h2><div id="verified"></div>
<h2>Cheaters, job by job</h2><div id="cheats"></div>
<h2>Over time</h2><div id="charts"></div>
<script id="report-data" type="application/json">{{.Data}}</script>
<script>{{.UplotJS}}</script>
<script>{{.ReportJS}}</script>
</body></html>
`))

// WriteHTML writes r as a self-contained HTML page with charts.
func WriteHTML(w io.Writer, r *Report) error {
	// encoding/json escapes <, > and &, so the JSON cannot close the script
	// element it sits in.
	data, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return page.Execute(w, map[string]any{
		"Name":     r.Scenario,
		"Data":     template.JS(data),
		"UplotJS":  template.JS(uplotJS),
		"UplotCSS": template.CSS(uplotCSS),
		"ReportJS": template.JS(reportJS),
	})
}
