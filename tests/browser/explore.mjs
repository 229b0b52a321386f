// explore.mjs - the explorer pages in a real browser (Playwright driving
// Debian's chromium, headless): the page written by `goscape explore`
// opened from disk (also with --run), and the page of `goscape explore
// --serve`, without and with --allow-run.
//
//   node explore.mjs GOSCAPE PAGE.html RUNPAGE.html SOURCE.go OUTDIR
// PAGE.html was written from SOURCE.go (escape.go), RUNPAGE.html with
// --run; OUTDIR gets the screenshots. Exits non-zero at the first failed
// check.
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import assert from "node:assert/strict";
import { pathToFileURL } from "node:url";

const [goscape, pagePath, runPagePath, sourcePath, outDir] = process.argv.slice(2);
const timeout = 15000;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const servers = [];

// Starts `goscape explore --serve 127.0.0.1:0 SOURCE ARGS...` (a free
// port); resolves to the URL it prints.
function serve(...args) {
  const proc = spawn(goscape, ["explore", "--serve", "127.0.0.1:0", sourcePath, ...args],
                     { stdio: ["ignore", "pipe", "inherit"] });
  servers.push(proc);
  return new Promise((resolve, reject) => {
    let seen = "";
    proc.stdout.on("data", d => {
      seen += d;
      const m = seen.match(/serving (http:\S+)/);
      if (m) resolve(m[1]);
    });
    proc.on("exit", code => reject(new Error("server exited with " + code)));
  });
}

try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(timeout);
  // Nothing but the page itself: any other request fails the test.
  const fetched = [];
  page.on("request", r => { if (!r.url().startsWith("file:")) fetched.push(r.url()); });

  // 1. The page from disk: escape.go:8 `p := point{1, 2}` is moved to the heap.
  await page.goto(pathToFileURL(pagePath).href);
  const line8 = page.locator('.src[data-line="8"]');
  await line8.locator(".v", { hasText: "moved to heap: p" }).waitFor();
  // Clicking the line outlines its instructions in the assembly.
  await line8.click();
  const asm8 = page.locator('.asm[data-src="8"]');
  assert.ok(await asm8.count() > 0, "line 8 has assembly lines");
  assert.match(await asm8.first().getAttribute("class"), /\bsel\b/, "clicking line 8 selects its assembly");
  assert.match(await page.locator(".asm.hl").first().getAttribute("data-src"), /^8$/);
  assert.match(await page.locator("#why").textContent(), /flow: ~r0 = &p/, "the -m=2 flow of p is shown");
  // And the reverse: clicking an instruction selects its source line.
  await page.locator('.asm[data-src="13"]').first().click();
  assert.match(await page.locator('.src[data-line="13"]').getAttribute("class"), /\bsel\b/);
  // -escape=off moves buf (line 13) to the heap: the line is marked as differing.
  await page.locator("#variants button", { hasText: "-escape=off" }).click();
  await page.locator('.src.differs[data-line="13"] .v', { hasText: "moved to heap: buf" }).waitFor();
  assert.equal(await page.locator('.src.differs[data-line="8"]').count(), 0, "line 8 is the same in both");
  await page.screenshot({ path: `${outDir}/explore-static.png` });
  // The escape graph (-m=dot drawn by Graphviz) opens as an image; without
  // Graphviz (HAVE_DOT=0) the page says what is missing.
  await page.locator("#graphbtn").click();
  if (process.env.HAVE_DOT === "1") {
    const graph = page.locator("#overlaybody img");
    await graph.waitFor();
    assert.ok(await graph.evaluate(img => img.complete && img.naturalWidth > 100), "the escape graph is drawn");
    await page.screenshot({ path: `${outDir}/explore-graph.png` });
  } else {
    await page.locator("#overlaybody", { hasText: "needs Graphviz" }).waitFor();
  }
  await page.locator("#overlayclose").click();
  // With --run: the program's output, and line 8's allocation counted.
  await page.goto(pathToFileURL(runPagePath).href);
  await page.locator('.src[data-line="8"] .v.ran', { hasText: "ran: 1\u00d7, 16 B" }).waitFor();
  assert.match(await page.locator("#runout").textContent(), /^1 6\n/);
  // The allocator after the run: the classes in use and the mheap's pages.
  await page.locator("#heapbtn").click();
  await page.locator("#overlaybody td", { hasText: "noscan" }).first().waitFor();
  assert.match(await page.locator("#overlaybody").textContent(), /mheap: \d+ pages in use/);
  await page.screenshot({ path: `${outDir}/explore-heap.png` });
  await page.locator("#overlayclose").click();
  assert.deepEqual(fetched, [], "the pages fetched nothing");

  // 2. The live page.
  const url = await serve();
  const live = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  live.setDefaultTimeout(timeout);
  await live.goto(url);
  await live.locator('.src[data-line="8"] .v', { hasText: "moved to heap: p" }).waitFor();
  assert.match(await live.locator("#notice").textContent(), /running programs is disabled/);
  // Edit: keep a pointer to buf in a global; buf moves to the heap.
  const edited = readFileSync(sourcePath, "utf8").replace("return sum\n", "_ = &buf\n\treturn sum\n")
    .replace("func total(n int) int {", "var keep *[4]int\n\nfunc total(n int) int {")
    .replace("_ = &buf", "keep = &buf");
  await live.locator("#code").fill(edited);
  // total moved down two lines: buf is declared on line 15 now.
  await live.locator('.src[data-line="15"] .v', { hasText: "moved to heap: buf" }).waitFor();
  assert.match(await live.locator("#status").textContent(), /compiled/);
  // A compile error is shown in place.
  await live.locator("#code").fill(edited.replace("sum := 0", "sum := 0\n\tunused := 1"));
  await live.locator("#errors", { hasText: "declared but not used" }).waitFor();
  await live.screenshot({ path: `${outDir}/explore-serve.png` });

  // 3. A server with --allow-run: the page says so, and its run button
  // shows the output and draws the run's allocations on the source.
  const runPage = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  runPage.setDefaultTimeout(timeout);
  await runPage.goto(await serve("--allow-run"));
  assert.match(await runPage.locator("#notice").textContent(), /running is enabled \(--allow-run\)/);
  await runPage.locator('.src[data-line="8"] .v', { hasText: "moved to heap: p" }).waitFor();
  await runPage.locator("#runbtn").click();
  await runPage.locator("#runout", { hasText: "[exit status 0]" }).waitFor();
  assert.match(await runPage.locator("#runout").textContent(), /^1 6\n/);
  await runPage.locator('.src[data-line="8"] .v.ran', { hasText: "ran: 1\u00d7, 16 B" }).waitFor();
  console.log("browser: ok (screenshots in " + outDir + ")");
} finally {
  for (const proc of servers) proc.kill();
  await browser.close();
}
