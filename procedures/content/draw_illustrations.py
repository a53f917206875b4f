#!/usr/bin/env python3
"""Draw the patient-education illustrations for image-guided pain injections.

Standalone script (needs only Pillow). Run it from anywhere:

    /work/main/.venv/bin/python procedures/content/draw_illustrations.py

It writes five 1600x1000 PNG files into the ``images`` folder next to this
script:

    nerve-root-block.png           side view, needle at one nerve root
    epidural-steroid-injection.png top-down cross-section of one vertebra
    facet-joint-injection.png      side view, needle inside the facet joint
    medial-branch-block.png        side view, needle at the medial branch nerve
    joint-injection.png            front view of a knee joint

Shapes are drawn as masks at 3x size (outlines come from growing/shrinking
the mask, which keeps them even), scaled down for smooth edges, then reduced
to a 256-colour palette so that each file stays small.
"""

import math
import os

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

# ---------------------------------------------------------------- settings --
W, H = 1600, 1000          # final size in pixels
SS = 3                     # supersampling factor
OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "images")

BONE = (241, 230, 207)            # ivory  #f1e6cf
BONE_LINE = (74, 60, 40)          # dark outline
DISC = (163, 180, 198)            # blue-gray
DISC_CORE = (196, 209, 222)
DISC_LINE = (72, 88, 108)
NERVE = (233, 184, 41)            # #e9b829
NERVE_LINE = (130, 96, 0)
SAC = (204, 228, 246)             # light blue
SAC_LINE = (74, 125, 168)
FAT = (250, 240, 204)             # epidural fat, pale yellow
LIGAMENT = (240, 216, 200)        # soft tissue between the bony arches
CARTILAGE = (200, 225, 236)
CARTILAGE_LINE = (110, 150, 170)
MEDICINE = (22, 170, 140)         # teal-green, drawn translucent
MEDICINE_ALPHA = 130
MEDICINE_LINE = (8, 118, 94)
NEEDLE = (58, 60, 64)
HUB = (205, 209, 215)
TEXT = (27, 27, 27)               # #1b1b1b
NOTE = (60, 60, 60)

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

LABEL_SIZE = 46      # glyphs at least ~34 px tall
TITLE_SIZE = 62
NOTE_SIZE = 38


def font(size, bold=False):
    """DejaVu Sans if installed, else Pillow's built-in scalable font."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(os.path.join(FONT_DIR, name), size * SS)
    except OSError:
        return ImageFont.load_default(size=size * SS)


# ------------------------------------------------------------ geometry ------
def spline(pts, closed=True, n=12):
    """Catmull-Rom spline through the points (smooth, rounded outline)."""
    out = []
    m = len(pts)
    for i in range(m if closed else m - 1):
        if closed:
            p0, p1, p2, p3 = (pts[(i - 1) % m], pts[i], pts[(i + 1) % m],
                              pts[(i + 2) % m])
        else:
            p0, p1, p2 = pts[max(i - 1, 0)], pts[i], pts[i + 1]
            p3 = pts[min(i + 2, m - 1)]
        for k in range(n):
            t = k / n
            t2, t3 = t * t, t * t * t
            out.append(tuple(
                0.5 * ((2 * p1[j]) + (-p0[j] + p2[j]) * t
                       + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2
                       + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3)
                for j in (0, 1)))
    if not closed:
        out.append(tuple(pts[-1]))
    return out


def ellipse_pts(cx, cy, rx, ry, rot=0.0, n=90):
    c, s = math.cos(math.radians(rot)), math.sin(math.radians(rot))
    pts = []
    for i in range(n):
        a = 2 * math.pi * i / n
        x, y = rx * math.cos(a), ry * math.sin(a)
        pts.append((cx + x * c - y * s, cy + x * s + y * c))
    return pts


def band(path, w0, w1=None):
    """Polygon of a tube along `path`, width going from w0 to w1, with
    rounded ends."""
    if w1 is None:
        w1 = w0
    n = len(path)
    left, right = [], []
    for i, (x, y) in enumerate(path):
        a, b = path[max(i - 1, 0)], path[min(i + 1, n - 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        ln = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / ln, dx / ln
        w = (w0 + (w1 - w0) * i / (n - 1)) / 2
        left.append((x + nx * w, y + ny * w))
        right.append((x - nx * w, y - ny * w))

    def cap(p, q, w):          # half circle at p, pointing away from q
        d = math.atan2(p[1] - q[1], p[0] - q[0])
        return [(p[0] + math.cos(d + math.pi / 2 - math.pi * k / 10) * w / 2,
                 p[1] + math.sin(d + math.pi / 2 - math.pi * k / 10) * w / 2)
                for k in range(1, 10)]
    return (left + cap(path[-1], path[-2], w1) + right[::-1]
            + cap(path[0], path[1], w0))


def transform(pts, ox, oy, k):
    return [(ox + x * k, oy + y * k) for x, y in pts]


def union(*masks):
    out = masks[0]
    for m in masks[1:]:
        out = ImageChops.lighter(out, m)
    return out


def minus(a, b):
    return ImageChops.subtract(a, b)


def intersect(a, b):
    return ImageChops.multiply(a, b)


# -------------------------------------------------------------- canvas ------
class Figure:
    def __init__(self, title):
        self.img = Image.new("RGBA", (W * SS, H * SS), (255, 255, 255, 255))
        self.draw = ImageDraw.Draw(self.img)
        self.title = title
        self.boxes = []          # text boxes, to check overlaps

    @staticmethod
    def s(pts):
        return [(x * SS, y * SS) for x, y in pts]

    # ---- masks
    def mask(self, pts):
        m = Image.new("L", self.img.size, 0)
        ImageDraw.Draw(m).polygon(self.s(pts), fill=255)
        return m

    def rrect_mask(self, box, r):
        m = Image.new("L", self.img.size, 0)
        x0, y0, x1, y1 = box
        ImageDraw.Draw(m).rounded_rectangle(
            [x0 * SS, y0 * SS, x1 * SS, y1 * SS], radius=r * SS, fill=255)
        return m

    def paint(self, m, fill=None, line=None, width=3.0, alpha=255,
              line_alpha=255):
        """Fill a mask and/or draw an even outline along its edge."""
        bb = m.getbbox()
        if bb is None:
            return
        pad = int(width * SS) + 4
        bb = (max(bb[0] - pad, 0), max(bb[1] - pad, 0),
              min(bb[2] + pad, m.width), min(bb[3] + pad, m.height))
        mc = m.crop(bb)
        if fill is not None:
            layer = Image.new("RGBA", mc.size, fill + (0,))
            layer.putalpha(mc.point(lambda v: v * alpha // 255))
            self.img.alpha_composite(layer, bb[:2])
        if line is not None and width > 0:
            r = max(int(round(width * SS / 2)), 1)
            ring = ImageChops.subtract(
                mc.filter(ImageFilter.MaxFilter(2 * r + 1)),
                mc.filter(ImageFilter.MinFilter(2 * r + 1)))
            layer = Image.new("RGBA", mc.size, line + (0,))
            layer.putalpha(ring.point(lambda v: v * line_alpha // 255))
            self.img.alpha_composite(layer, bb[:2])
        self.draw = ImageDraw.Draw(self.img)

    def shape(self, pts, fill, line, width=3.0):
        self.paint(self.mask(pts), fill, line, width)

    def medicine(self, m):
        """Translucent teal area with a soft darker rim."""
        m = m.filter(ImageFilter.GaussianBlur(1.5 * SS)).point(
            lambda v: 255 if v > 127 else 0)
        self.paint(m, MEDICINE, MEDICINE_LINE, 2.5, alpha=MEDICINE_ALPHA,
                   line_alpha=210)

    # ---- lines
    def line(self, pts, color, width=2.0):
        self.draw.line(self.s(pts), fill=color, width=max(int(width * SS), 1),
                       joint="curve")

    def dashed(self, pts, color, width=2.0, dash=10, gap=8):
        pts = self.s(pts)
        dash, gap = dash * SS, gap * SS
        on, left = True, dash
        for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
            seg = math.hypot(x1 - x0, y1 - y0)
            pos = 0.0
            while pos < seg:
                step = min(left, seg - pos)
                if on:
                    a, b = pos / seg, (pos + step) / seg
                    self.draw.line([(x0 + (x1 - x0) * a, y0 + (y1 - y0) * a),
                                    (x0 + (x1 - x0) * b, y0 + (y1 - y0) * b)],
                                   fill=color, width=int(width * SS))
                pos += step
                left -= step
                if left <= 0:
                    on = not on
                    left = dash if on else gap

    def fade(self, box, direction):
        """Fade a region to white (bone shafts leaving the picture).
        'up' = fully white at the top edge of the box, 'down' = at the
        bottom edge."""
        x0, y0, x1, y1 = [int(v * SS) for v in box]
        h = y1 - y0
        grad = Image.new("L", (1, h))
        for y in range(h):
            t = y / max(h - 1, 1)
            t = (1 - t) if direction == "up" else t
            grad.putpixel((0, y), int(255 * t ** 1.3))
        grad = grad.resize((x1 - x0, h))
        layer = Image.new("RGBA", (x1 - x0, h), (255, 255, 255, 255))
        layer.putalpha(grad)
        self.img.alpha_composite(layer, (x0, y0))
        self.draw = ImageDraw.Draw(self.img)

    def needle(self, tip, tail, width=7.0, bevel=24.0, hub=True):
        """Thin needle from `tip` towards `tail`; the tip is cut at a slant
        (bevel) and a small hub sits at the outer end."""
        tx, ty = tip
        dx, dy = tail[0] - tx, tail[1] - ty
        length = math.hypot(dx, dy)
        ux, uy = dx / length, dy / length
        nx, ny = -uy, ux
        poly = [(tx, ty),
                (tx + ux * length, ty + uy * length),
                (tx + ux * length + nx * width, ty + uy * length + ny * width),
                (tx + ux * bevel + nx * width, ty + uy * bevel + ny * width)]
        self.draw.polygon(self.s(poly), fill=NEEDLE)
        a = (tx + ux * (bevel + 8) + nx * width * 0.6,
             ty + uy * (bevel + 8) + ny * width * 0.6)
        b = (tx + ux * length + nx * width * 0.6,
             ty + uy * length + ny * width * 0.6)
        self.line([a, b], (140, 143, 148), 1.3)
        if hub:
            hw, hl = width * 2.8, 78
            cx = tx + ux * length + nx * width / 2
            cy = ty + uy * length + ny * width / 2
            hub_poly = [(cx + nx * hw / 2, cy + ny * hw / 2),
                        (cx + nx * hw / 2 + ux * hl, cy + ny * hw / 2 + uy * hl),
                        (cx - nx * hw / 2 + ux * hl, cy - ny * hw / 2 + uy * hl),
                        (cx - nx * hw / 2, cy - ny * hw / 2)]
            self.shape(hub_poly, HUB, NEEDLE, 2.5)

    def along(self, tip, tail, frac):
        return (tip[0] + (tail[0] - tip[0]) * frac,
                tip[1] + (tail[1] - tip[1]) * frac)

    # ---- text
    def text(self, xy, txt, size=LABEL_SIZE, anchor="la", bold=False,
             color=TEXT):
        f = font(size, bold)
        x, y = xy
        self.draw.text((x * SS, y * SS), txt, font=f, fill=color,
                       anchor=anchor)
        bb = self.draw.textbbox((x * SS, y * SS), txt, font=f, anchor=anchor)
        box = tuple(v / SS for v in bb)
        self.boxes.append((txt, box))
        return box

    def label(self, txt, xy, target, side="left"):
        """Label with a thin leader line ending in a dot at `target`.
        side='left': text ends at xy (right-aligned);
        side='right': text starts at xy."""
        x, y = xy
        box = self.text((x, y), txt, anchor="rm" if side == "left" else "lm")
        start = (box[2] + 12, y) if side == "left" else (box[0] - 12, y)
        # white halo under the leader so it stays visible on any colour
        self.line([start, target], (255, 255, 255), 5.0)
        self.line([start, target], TEXT, 2.0)
        r = 5.5 * SS
        tx, ty = target[0] * SS, target[1] * SS
        self.draw.ellipse([tx - r, ty - r, tx + r, ty + r], fill=TEXT,
                          outline=(255, 255, 255), width=SS)

    def save(self, name):
        self.text((50, 34), self.title, size=TITLE_SIZE, bold=True)
        self.check()
        out = self.img.convert("RGB").resize((W, H), Image.LANCZOS)
        pal = out.quantize(colors=256, method=Image.Quantize.MEDIANCUT,
                           dither=Image.Dither.NONE)
        path = os.path.join(OUT_DIR, name)
        pal.save(path, optimize=True)
        print(f"{name}: {os.path.getsize(path) / 1024:.0f} KB")

    def check(self):
        for i, (t, b) in enumerate(self.boxes):
            if b[0] < 20 or b[1] < 10 or b[2] > W - 20 or b[3] > H - 10:
                print(f"  WARNING: '{t}' is close to or past the edge {b}")
            for t2, b2 in self.boxes[i + 1:]:
                if not (b[2] < b2[0] or b2[2] < b[0] or b[3] < b2[1]
                        or b2[3] < b[1]):
                    print(f"  WARNING: '{t}' overlaps '{t2}'")


# ------------------------------------------------- lumbar vertebra, side ----
# Local coordinates of one lumbar vertebra seen from the side: front (belly)
# to the left, back to the right, top-left corner of the body at (0, 0).
# Roughly 7 units per millimetre before scaling.
BODY_W, BODY_H = 250, 160
PITCH = 212                     # body height + disc height

# Pedicle, upper articular process (points up), lamina, spinous process
# (points back) and lower articular process (points down) as one outline.
POSTERIOR = [
    (232, 12), (292, 10),                                  # pedicle, top
    (298, -18), (308, -42), (324, -56), (340, -54),        # upper process
    (348, -28), (357, 2),                                  # its joint face
    (368, 24), (396, 30), (452, 33), (508, 38), (534, 52),  # lamina, spine
    (545, 82), (539, 112), (518, 126), (464, 130), (434, 140),
    (420, 154), (418, 186), (410, 212), (396, 227),        # lower process
    (380, 226), (368, 212), (360, 186), (352, 160),        # its joint face
    (338, 134), (320, 112), (300, 100), (232, 100),        # roof of foramen
]


class LateralSpine:
    """A column of lumbar vertebrae seen from the side."""

    def __init__(self, fig, ox, oy, k, count):
        self.fig, self.ox, self.oy, self.k, self.count = fig, ox, oy, k, count

    def to(self, i, pts):
        """Map points local to vertebra i onto the canvas."""
        return transform(pts, self.ox, self.oy + i * PITCH * self.k, self.k)

    def pt(self, i, x, y):
        return self.to(i, [(x, y)])[0]

    def vertebra_mask(self, i):
        fig = self.fig
        (x0, y0), (x1, y1) = self.to(i, [(0, 0), (BODY_W, BODY_H)])
        return union(fig.rrect_mask((x0, y0, x1, y1), 16 * self.k),
                     self.posterior_mask(i))

    def posterior_mask(self, i):
        return self.fig.mask(self.to(i, spline(POSTERIOR, n=8)))

    def all_posterior(self):
        return union(*[self.posterior_mask(i) for i in range(self.count)])

    def all_bone(self):
        return union(*[self.vertebra_mask(i) for i in range(self.count)])

    def draw(self):
        fig = self.fig
        for i in range(self.count - 1):
            top, bot = BODY_H - 8, PITCH + 8
            mid = (top + bot) / 2
            disc = spline([(12, top), (125, top - 1), (238, top), (255, mid),
                           (238, bot), (125, bot + 1), (12, bot), (-5, mid)])
            fig.shape(self.to(i, disc), DISC, DISC_LINE, 3)
            fig.shape(self.to(i, ellipse_pts(122, mid, 70, 13)), DISC_CORE,
                      None)
        for i in range(self.count):
            fig.paint(self.vertebra_mask(i), BONE, BONE_LINE, 3)

    def nerve(self, i, path_local, w0, w1, clip=True, ganglion=None):
        """A nerve drawn over the bone, except where it passes behind the
        bony arch (clipped away there, so it seems to come out of the
        spinal canal)."""
        fig = self.fig
        m = fig.mask(band(self.to(i, path_local), w0 * self.k, w1 * self.k))
        if ganglion is not None:
            m = union(m, fig.mask(self.to(i, ellipse_pts(*ganglion))))
        if clip:
            m = minus(m, self.all_posterior())
        fig.paint(m, NERVE, NERVE_LINE, 2.5)


# Spinal nerve root: comes out of the spinal canal towards the viewer, swells
# into the ganglion in the upper part of the foramen, then runs down and
# forwards.
ROOT = spline([(300, 148), (280, 156), (246, 184), (170, 256),
               (80, 322), (-36, 372)], closed=False, n=10)
GANGLION = (294, 150, 31, 22, -28)


# ======================================================== 1. nerve root =====
def nerve_root_block():
    fig = Figure("Nerve root block")
    sp = LateralSpine(fig, 560, 200, 1.12, 3)
    sp.draw()

    # medicine around the target root (the lower one), in the foramen and a
    # little way along the root
    blobs = [ellipse_pts(302, 144, 48, 36, rot=20),
             ellipse_pts(238, 192, 44, 30, rot=-40),
             ellipse_pts(194, 232, 32, 22, rot=-42)]
    m = union(*[fig.mask(sp.to(1, b)) for b in blobs])
    m = m.filter(ImageFilter.GaussianBlur(8 * SS)).point(
        lambda v: 255 if v > 100 else 0)
    # keep it off the bony arch (but it may lie over the side of the body)
    bodies = union(*[fig.rrect_mask(sp.to(i, [(0, 0)])[0]
                                    + sp.to(i, [(BODY_W, BODY_H)])[0], 0)
                     for i in range(3)])
    m = minus(m, minus(sp.all_posterior(), bodies))

    sp.nerve(0, ROOT, 30, 15, ganglion=GANGLION)
    fig.medicine(m)
    sp.nerve(1, ROOT, 30, 15, ganglion=GANGLION)
    # medicine tint again over the nerve, lightly, so it looks bathed
    fig.paint(intersect(m, fig.mask(band(sp.to(1, ROOT), 34, 17))),
              MEDICINE, None, alpha=50)

    tip = sp.pt(1, 314, 120)
    tail = (tip[0] + 600, tip[1] - 330)
    fig.needle(tip, tail)

    fig.label("Vertebra", (385, 230), sp.pt(0, 110, 80), side="left")
    fig.label("Disc", (385, sp.pt(0, 0, 186)[1]), sp.pt(0, 70, 186),
              side="left")
    fig.label("Nerve root", (385, 870), sp.pt(1, 130, 290), side="left")
    fig.label("Needle", (1210, 470), fig.along(tip, tail, 0.62),
              side="right")
    fig.label("Medicine", (1210, 760), sp.pt(1, 232, 212), side="right")
    fig.save("nerve-root-block.png")


# ========================================================= 2. epidural ======
def epidural():
    fig = Figure("Epidural steroid injection")
    cx = 800

    def mirror(half):
        """half: points on the right side from front to back (x > cx);
        returns the closed outline of both sides."""
        return half + [(2 * cx - x, y) for x, y in reversed(half)]

    def mirror_mid(front, half, back):
        """As mirror(), with single points on the midline at front/back."""
        return ([(cx, front)] + half + [(cx, back)]
                + [(2 * cx - x, y) for x, y in reversed(half)])

    # bony ring behind the body: pedicles, transverse processes, joint
    # processes, laminae and spinous process
    ring = spline(mirror([
        (cx + 100, 396), (cx + 172, 412), (cx + 198, 450), (cx + 232, 476),
        (cx + 330, 480), (cx + 400, 488), (cx + 410, 510), (cx + 388, 528),
        (cx + 300, 540), (cx + 240, 552), (cx + 236, 586), (cx + 224, 622),
        (cx + 186, 658), (cx + 124, 690), (cx + 62, 720), (cx + 32, 750),
        (cx + 26, 820), (cx + 16, 872)]), n=8)
    body = spline(mirror_mid(168, [
        (cx + 120, 176), (cx + 196, 214), (cx + 224, 290), (cx + 206, 372),
        (cx + 150, 428), (cx + 80, 446)], 438)[::-1], n=10)
    canal = spline(mirror_mid(438, [
        (cx + 90, 448), (cx + 138, 468), (cx + 154, 510),
        (cx + 142, 572), (cx + 102, 628), (cx + 48, 666)], 680), n=10)

    # needle path: from the back, just beside the spinous process, through
    # the gap between the bony arches into the epidural space
    tip = (cx + 22, 652)
    tail = (cx + 196, 1020)
    ux, uy = tail[0] - tip[0], tail[1] - tip[1]
    ln = math.hypot(ux, uy)
    ux, uy = ux / ln, uy / ln
    nx, ny = -uy, ux
    gw, a0, a1 = 22, 0, 140
    gap = [(tip[0] + ux * a0 + nx * gw, tip[1] + uy * a0 + ny * gw),
           (tip[0] + ux * a1 + nx * gw, tip[1] + uy * a1 + ny * gw),
           (tip[0] + ux * a1 - nx * gw, tip[1] + uy * a1 - ny * gw),
           (tip[0] + ux * a0 - nx * gw, tip[1] + uy * a0 - ny * gw)]

    canal_m = fig.mask(canal)
    ring_m = fig.mask(ring)
    gap_m = minus(intersect(fig.mask(gap), ring_m), canal_m)
    bone = minus(minus(union(ring_m, fig.mask(body)), canal_m), gap_m)

    fig.paint(canal_m, FAT)
    fig.paint(gap_m, LIGAMENT)
    fig.paint(bone, BONE, BONE_LINE, 3)
    # faint line for the hard outer shell of the body
    inner = spline(mirror_mid(190, [
        (cx + 110, 198), (cx + 178, 230), (cx + 202, 292), (cx + 186, 362),
        (cx + 138, 406), (cx + 76, 422)], 416), n=10)
    fig.paint(fig.mask(inner), None, (210, 192, 160), 2)

    # spinal sac (dura) holding the nerve roots
    sac = ellipse_pts(cx, 540, 108, 78)
    fig.shape(sac, SAC, SAC_LINE, 3)
    for dx, dy in [(-58, -34), (-22, -46), (16, -46), (52, -34),
                   (-74, -2), (-38, -10), (0, -12), (38, -10), (74, -2),
                   (-56, 30), (-18, 24), (20, 24), (56, 30), (-20, 56),
                   (20, 56)]:
        fig.shape(ellipse_pts(cx + dx, 540 + dy, 12, 12, n=36), NERVE,
                  NERVE_LINE, 1.6)

    # medicine spreading through the epidural space, outside the sac
    m = fig.mask(ellipse_pts(cx + 6, 650, 178, 120))
    m = minus(intersect(m, canal_m), fig.mask(sac))
    fig.medicine(m)

    fig.needle(tip, tail)

    fig.text((cx, 134), "Front (belly side)", size=NOTE_SIZE, anchor="mm",
             color=NOTE)
    fig.text((cx - 60, 940), "Back", size=NOTE_SIZE, anchor="rm",
             color=NOTE)
    fig.text((50, 940), "Seen from above, as a slice", size=NOTE_SIZE,
             anchor="lm", color=NOTE)

    fig.label("Vertebra", (420, 300), (cx - 140, 300), side="left")
    fig.label("Spinal sac and nerves", (560, 640), (cx - 86, 520),
              side="left")
    fig.label("Epidural space", (1160, 380), (cx + 136, 500), side="right")
    fig.label("Medicine", (1160, 640), (cx + 96, 632), side="right")
    fig.label("Needle", (1160, 860), fig.along(tip, tail, 0.68),
              side="right")
    fig.save("epidural-steroid-injection.png")


# ===================================================== 3. facet joint =======
def facet_joint():
    fig = Figure("Facet joint injection")
    sp = LateralSpine(fig, 330, 240, 1.45, 2)
    sp.draw()

    # the joint capsule around the joint: medicine fills the joint space
    # and its small pouches above and below, never the bone
    cap = ellipse_pts(362, 196, 24, 58, rot=-20)
    m = minus(fig.mask(sp.to(0, cap)), sp.all_bone())
    fig.medicine(m)

    tip = sp.pt(0, 362, 202)
    tail = (tip[0] + 600, tip[1] + 240)
    fig.needle(tip, tail)

    fig.label("Vertebra", (270, 200), sp.pt(0, 90, 70), side="left")
    fig.label("Disc", (270, sp.pt(0, 0, 186)[1]), sp.pt(0, 60, 186),
              side="left")
    fig.label("Facet joint", (1170, 230), sp.pt(0, 338, 142),
              side="right")
    fig.label("Medicine", (1170, 560), sp.pt(0, 352, 180), side="right")
    fig.label("Needle", (1170, 880), fig.along(tip, tail, 0.72),
              side="right")
    fig.save("facet-joint-injection.png")


# ===================================================== 4. medial branch =====
def medial_branch():
    fig = Figure("Medial branch block")
    sp = LateralSpine(fig, 300, 240, 1.45, 2)
    sp.draw()

    # back branch of the spinal nerve -> medial branch: it hooks round the
    # base of the lower vertebra's upper joint process, then runs down and
    # back over the bone; a twig goes up to the facet joint
    mb = spline([(256, 178), (282, 208), (298, 236), (332, 254),
                 (384, 280), (446, 314), (496, 344)], closed=False, n=10)
    twig = spline([(338, 256), (350, 240), (360, 226)], closed=False, n=8)

    tip = sp.pt(0, 324, 236)
    m = fig.mask(sp.to(0, ellipse_pts(318, 244, 40, 27, rot=30)))
    fig.medicine(m)

    # branches first, so that the main nerve covers where they join it
    sp.nerve(0, twig, 5, 4, clip=False)
    sp.nerve(0, mb, 9, 6, clip=False)
    sp.nerve(0, ROOT, 30, 15, ganglion=GANGLION)
    fig.paint(m, MEDICINE, None, alpha=45)

    tail = (tip[0] + 560, tip[1] - 290)
    fig.needle(tip, tail)

    fig.label("Facet joint", (1130, 200), sp.pt(0, 356, 188), side="right")
    fig.label("Needle", (1130, 470), fig.along(tip, tail, 0.55),
              side="right")
    fig.label("Medicine", (1130, 600), sp.pt(0, 300, 258), side="right")
    fig.label("Medial branch nerve", (970, 905), sp.pt(0, 420, 300),
              side="right")
    fig.label("Vertebra", (250, 200), sp.pt(0, 90, 70), side="left")
    fig.save("medial-branch-block.png")


# ========================================================== 5. knee =========
def knee():
    fig = Figure("Joint injection")
    # a right knee seen from the front: the outer side, with the thin
    # fibula, is on the left of the picture, where the needle goes in
    femur = spline([(722, -60), (878, -60), (882, 300), (898, 370),
                    (950, 432), (988, 490), (996, 544), (980, 586),
                    (936, 604), (884, 598), (848, 578), (826, 550),
                    (800, 542), (774, 550), (752, 578), (716, 598),
                    (664, 604), (620, 586), (604, 544), (612, 490),
                    (650, 432), (702, 370), (718, 300)], n=10)
    tibia = spline([(612, 638), (660, 630), (740, 634), (768, 626),
                    (784, 606), (798, 622), (814, 604), (830, 626),
                    (860, 634), (940, 630), (988, 638), (1002, 664),
                    (990, 704), (950, 746), (904, 800), (894, 1060),
                    (716, 1060), (706, 800), (660, 746), (620, 706),
                    (600, 668)], n=10)
    fibula = spline([(598, 714), (640, 706), (662, 728), (652, 766),
                     (640, 802), (636, 1060), (606, 1060), (604, 802),
                     (588, 764), (582, 734)], n=10)
    # inside of the joint capsule, hugging the bone ends
    capsule = spline([(652, 480), (608, 524), (594, 580), (596, 628),
                      (614, 654), (986, 654), (1004, 628), (1006, 580),
                      (992, 524), (948, 480)], n=10)

    fm, tm, bm = fig.mask(femur), fig.mask(tibia), fig.mask(fibula)
    fig.paint(bm, BONE, BONE_LINE, 3)
    fig.paint(fm, BONE, BONE_LINE, 3)
    fig.paint(tm, BONE, BONE_LINE, 3)

    # cartilage: smooth layer on the joint surfaces (not in the notch)
    t = 14 * SS
    fc = minus(fm, ImageChops.offset(fm, 0, -t))
    tc = minus(tm, ImageChops.offset(tm, 0, t))
    keep = union(fig.mask(ellipse_pts(688, 612, 92, 70)),
                 fig.mask(ellipse_pts(912, 612, 92, 70)))
    cart = intersect(union(fc, tc), keep)
    fig.paint(cart, CARTILAGE, CARTILAGE_LINE, 2)
    fig.paint(fm, None, BONE_LINE, 3)
    fig.paint(tm, None, BONE_LINE, 3)

    # medicine: inside the capsule, between and around the bone ends
    med = minus(fig.mask(capsule), union(fm, tm, bm))
    fig.medicine(med)

    # kneecap, in front of the thigh bone (see-through)
    pat = ellipse_pts(800, 446, 90, 110)
    fig.paint(fig.mask(pat), BONE, None, alpha=200)
    fig.dashed(pat + [pat[0]], BONE_LINE, 3, dash=14, gap=8)

    fig.fade((690, 0, 910, 190), "up")
    fig.fade((570, 860, 930, 1000), "down")

    tip = (694, 618)
    tail = (290, 515)
    fig.needle(tip, tail)

    fig.label("Thigh bone", (1150, 240), (860, 280), side="right")
    fig.label("Kneecap", (1150, 390), (868, 410), side="right")
    fig.label("Joint space", (1150, 540), (960, 617), side="right")
    fig.label("Shin bone", (1150, 820), (870, 820), side="right")
    fig.label("Needle", (330, 420), fig.along(tip, tail, 0.7), side="left")
    fig.label("Medicine", (460, 740), (648, 622), side="left")
    for i, line in enumerate(["The same method is used",
                              "for the hip, ankle, elbow,",
                              "shoulder and wrist."]):
        fig.text((50, 830 + i * 48), line, size=NOTE_SIZE, color=NOTE)
    fig.save("joint-injection.png")


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    nerve_root_block()
    epidural()
    facet_joint()
    medial_branch()
    knee()


if __name__ == "__main__":
    main()
