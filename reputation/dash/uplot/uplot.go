// Package uplot embeds the charting library the dashboard and the
// simulation's HTML report draw with: uPlot 1.6.32 (MIT licence, in
// uPlot.LICENSE), vendored from npm, so that no page fetches anything from
// a CDN. It holds bytes only.
package uplot

import _ "embed"

// JS is uPlot's browser build (an IIFE defining window.uPlot).
//
//go:embed uPlot.iife.min.js
var JS string

// CSS is uPlot's stylesheet.
//
//go:embed uPlot.min.css
var CSS string

// License is uPlot's MIT licence.
//
//go:embed uPlot.LICENSE
var License string
