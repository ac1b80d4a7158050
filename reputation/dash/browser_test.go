package dash

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// findChromium returns a Chromium binary, or "" when none is installed.
// scripts/test.sh installs Debian's chromium package.
func findChromium() string {
	if p := os.Getenv("TRAINMESH_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// artifactDir is where tests leave files for people to look at:
// $TRAINMESH_ARTIFACTS if set (CI keeps it), else a test temp dir.
func artifactDir(t *testing.T) string {
	if d := os.Getenv("TRAINMESH_ARTIFACTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

// TestBrowser loads the dashboard over a store with known data in headless
// Chromium, checks the peer table's rows and order, that both charts drew
// pixels, and saves a screenshot.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	chromium := findChromium()
	if chromium == "" {
		t.Skip("Chromium is not installed (scripts/test.sh installs Debian's chromium package; or set TRAINMESH_CHROMIUM)")
	}
	data := writeKnownStore(t)
	f := followStore(t, data)
	srv := httptest.NewServer(New([]Source{Followed("node0", f), Followed("node0 again", f)}, nil, nil))
	defer srv.Close()

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1100),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
	defer cancelTimeout()

	if err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(`body[data-ready="1"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#history-chart canvas`)),
	); err != nil {
		t.Fatalf("browser: load the dashboard: %v", err)
	}
	rows := eval[[]string](t, ctx, `Array.from(document.querySelectorAll('#peers tbody tr')).map(r => r.dataset.address)`)
	scores := eval[[]string](t, ctx, `Array.from(document.querySelectorAll('#peers tbody td.score')).map(td => td.textContent)`)
	jobRows := eval[int](t, ctx, `document.querySelectorAll('#jobs tbody tr').length`)
	payoutRows := eval[int](t, ctx, `document.querySelectorAll('#payouts tbody tr').length`)
	obsRows := eval[int](t, ctx, `document.querySelectorAll('#observations tbody tr').length`)
	// A chart drew if its canvas has painted (non-transparent) pixels.
	inked := eval[map[string]int](t, ctx, `(() => {
		const out = {};
		for (const id of ['history-chart', 'kinds-chart']) {
			const c = document.querySelector('#' + id + ' canvas');
			if (!c) { out[id] = -1; continue; }
			const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
			let n = 0;
			for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) n++;
			out[id] = n;
		}
		return out;
	})()`)
	drawn := eval[map[string]string](t, ctx, `({history: document.querySelector('#history-chart').dataset.drawn, kinds: document.querySelector('#kinds-chart').dataset.drawn})`)
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("browser: screenshot: %v", err)
	}
	path := filepath.Join(artifactDir(t), "dashboard.png")
	if err := os.WriteFile(path, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)

	want := []string{addr(6).String(), addr(5).String(), addr(4).String(), addr(3).String(), addr(2).String(), addr(1).String()}
	if len(rows) != len(want) {
		t.Fatalf("peer table has %d rows %v; want %d", len(rows), rows, len(want))
	}
	for i := range want {
		if rows[i] != want[i] {
			t.Errorf("row %d is %s; want %s (ranked by score)", i, rows[i], want[i])
		}
	}
	st, _, release := f.Acquire()
	top := st.Detail(addr(6)).Score
	release()
	if len(scores) == 0 || scores[0] != formatScore(top) {
		t.Errorf("top score cell %v; want %s", scores, formatScore(top))
	}
	if jobRows != 1 || payoutRows != 21 || obsRows != 93 {
		t.Errorf("jobs %d, payouts %d, observations %d rows; want 1, 21, 93", jobRows, payoutRows, obsRows)
	}
	for id, n := range inked {
		if n < 500 {
			t.Errorf("chart %s painted %d pixels; want a drawn chart", id, n)
		}
	}
	if drawn["history"] == "" || drawn["history"] == "0" || drawn["kinds"] != "8" {
		t.Errorf("charts drew %v data points; want history points and 8 kinds", drawn)
	}
}

// formatScore formats as the page does (toFixed(3)).
func formatScore(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }

// eval evaluates a script in the page and decodes its result.
func eval[T any](t *testing.T, ctx context.Context, script string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](script))
	if err != nil {
		t.Fatalf("browser: %s: %v", script, err)
	}
	return v
}
