#!/usr/bin/env python3
#
# Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
#
# This program and the accompanying materials are made available under the
# terms of the Eclipse Public License v1.0 which accompanies this distribution,
# and is available at http://www.eclipse.org/legal/epl-v10.html
#
# Draws OverlayConvergence's table (standard input) as an SVG on standard output, log-log:
#   ./benchmarks/run overlay 10,100,300 10 | python3 benchmarks/overlay-plot.py > docs/overlay-convergence.svg
# or, with the argument e2e, OverlayEndToEnd's (comma-separated rows) with the goals of issue 6 as crosses:
#   ./benchmarks/run overlay-e2e 10,100,300,1000 | python3 benchmarks/overlay-plot.py e2e > docs/overlay-e2e.svg
import math
import sys

E2E = sys.argv[1:] == ["e2e"]
rows = [line.replace(",", " ").split() for line in sys.stdin if line.strip() and line.split()[0][0].isdigit()]
series = [  # column, label, colour
    (3, "converge ms (wall)", "#c0392b"), (5, "join ms (wall)", "#2980b9"),
    (7, "join replan ms (CPU)", "#27ae60"), (8, "join diff ms (CPU)", "#8e44ad")]
goals = []
if E2E:
    series = [(2, "converge ms (wall, from the last write)", "#c0392b"), (4, "join ms (wall)", "#2980b9"),
              (8, "join: controller CPU ms (whole JVM, from the node write)", "#27ae60"),
              (9, "join: emulated nodes CPU ms", "#8e44ad")]
    goals = [(100, 1000, "#c0392b"), (1000, 10000, "#c0392b"), (1000, 100, "#27ae60")]  # nodes, ms, colour
    if rows and all(len(r) >= 13 for r in rows):
        # session 8 on: the warm converge is column 2, the cold one (the first after the controller started) column 12
        series[0] = (2, "converge ms (wall, warm, from the one write)", "#c0392b")
        series.insert(1, (12, "converge ms (wall, cold)", "#e67e22"))
W, H, L, B = 640, 400, 60, 40
xs = [float(r[0]) for r in rows]
ys = [float(r[c]) for r in rows for c, _, _ in series if float(r[c]) > 0] + [y for _, y, _ in goals]
x0, x1 = math.log10(min(xs)) - 0.1, math.log10(max(xs)) + 0.1
y0, y1 = math.floor(math.log10(min(ys))), math.ceil(math.log10(max(ys)))
px = lambda x: L + (math.log10(x) - x0) / (x1 - x0) * (W - L - 20)
py = lambda y: H - B - (math.log10(y) - y0) / (y1 - y0) * (H - B - 20)
out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="11">',
       f'<rect width="{W}" height="{H}" fill="white"/>']
for e in range(int(y0), int(y1) + 1):
    out.append(f'<line x1="{L}" x2="{W - 20}" y1="{py(10 ** e)}" y2="{py(10 ** e)}" stroke="#ddd"/>'
               f'<text x="{L - 5}" y="{py(10 ** e) + 4}" text-anchor="end">{10 ** e:g} ms</text>')
for x in xs:
    out.append(f'<text x="{px(x)}" y="{H - B + 15}" text-anchor="middle">{x:g}</text>')
out.append(f'<text x="{(W + L) / 2}" y="{H - 8}" text-anchor="middle">nodes (10 ports each, one network)</text>')
for i, (c, label, colour) in enumerate(series):
    pts = [(px(float(r[0])), py(float(r[c]))) for r in rows if float(r[c]) > 0]
    out.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="'
               + " ".join(f"{x:.1f},{y:.1f}" for x, y in pts) + '"/>')
    out += [f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"/>' for x, y in pts]
    out.append(f'<text x="{L + 10}" y="{20 + 14 * i}" fill="{colour}">{label}</text>')
for x, y, colour in goals:
    out.append(f'<path d="M{px(x) - 5:.1f},{py(y) - 5:.1f}l10,10m0,-10l-10,10" stroke="{colour}" stroke-width="2"/>')
if goals:
    out.append(f'<text x="{L + 10}" y="{20 + 14 * len(series)}">x: the goals of issue 6</text>')
out.append('</svg>')
print("\n".join(out))
