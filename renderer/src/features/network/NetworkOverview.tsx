import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { type DrawingProps, useDrawingInputs } from './drawing-props.ts';
import { fitViewport, planLayout } from './network-layout.ts';
import { type NetworkPicture, pngScale } from './network-picture.ts';
import { drawScene, type View } from './overview-draw.ts';
import { type ForceLayout, forceLayout } from './overview-force.ts';
import { buildScene, nodeAt, type Scene, sceneDrawing, scenePositions } from './overview-scene.ts';
import { centreOn, toDrawing, zoomAt } from './overview-view.ts';

/** Room around the nodes in an exported PNG (labels of the outer nodes). */
const PNG_MARGIN = 90;
/** A press that moves less than this many pixels is a click. */
const CLICK_SLOP = 4;
/** Extra pixels around a node that still hit it: nodes far out are tiny. */
const HIT_SLACK_PX = 4;

/** Time given to the force layout per frame: the rest of the frame draws and answers the mouse. */
const LAYOUT_SLICE_MS = 10;

interface Live {
  scene: Scene;
  layout: ForceLayout;
  view: View;
  selected: number;
  /** The last node chosen by a click on the canvas (not centred: it is under the pointer already). */
  clicked: string | null;
  /** Once the user zooms or pans, the view stops following the settling layout. */
  userMoved: boolean;
  redraw: () => void;
  fit: () => void;
}

/**
 * A big network (over a few hundred nodes) drawn on one 2D canvas: a
 * graph library builds a styled object per node and edge, which takes
 * seconds for thousands; this draws them in batches in a few milliseconds.
 * Zoom with the wheel (towards the pointer), pan by dragging the
 * background, drag a node to move it (it stays there), click a node to
 * select it (its neighbours stay bright), click the background to clear.
 * Names appear once zoomed in far enough to read them. It opens in the
 * one-pass layout and then settles by force, a slice per frame.
 */
export function NetworkOverview(props: DrawingProps) {
  const { network, selectedId } = props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const live = useRef<Live | null>(null);
  const { callbacks, selected, colors } = useDrawingInputs(props);
  const { t } = useT();
  const [arranging, setArranging] = useState(true);
  // The selection last shown: a node comes to the middle only when the choice changes, not when the drawing is rebuilt.
  const shownSelection = useRef(selectedId);

  // biome-ignore lint/correctness/useExhaustiveDependencies: callbacks and selected are refs (useDrawingInputs); the drawing is rebuilt only for a new network or new colours.
  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const plan = planLayout(network);
    const scene = buildScene(network, plan.positions, colors);
    const box = () => ({ width: canvas.clientWidth, height: canvas.clientHeight });
    let frame = 0;
    const draw = () => {
      // A redraw already asked for (by the mouse) would draw the same frame twice.
      cancelAnimationFrame(frame);
      frame = 0;
      const ratio = window.devicePixelRatio || 1;
      const { width, height } = box();
      if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
        canvas.width = Math.round(width * ratio);
        canvas.height = Math.round(height * ratio);
      }
      drawScene(ctx, scene, state.view, { width, height, pixelRatio: ratio, selected: state.selected });
    };
    const state: Live = {
      scene,
      layout: forceLayout(scene),
      view: fitViewport(plan.positions, box()),
      clicked: null,
      userMoved: false,
      selected: selected.current ? (scene.indexOf.get(selected.current) ?? -1) : -1,
      redraw: () => {
        if (!frame) frame = requestAnimationFrame(draw);
      },
      fit: () => {
        state.userMoved = false;
        state.view = fitViewport(scenePositions(scene), box());
        state.redraw();
      },
    };
    live.current = state;
    // Drawn at once, so the first frame after this effect shows the network.
    draw();
    // Then the force layout, a slice per frame, the view following it until the user takes over.
    setArranging(true);
    let settling = 0;
    const settle = () => {
      const moving = state.layout.step(LAYOUT_SLICE_MS);
      if (!state.userMoved) state.view = fitViewport(scenePositions(scene), box());
      draw();
      if (moving) settling = requestAnimationFrame(settle);
      else setArranging(false);
    };
    settling = requestAnimationFrame(settle);
    const detach = attachPointer(canvas, state, (id) => {
      state.clicked = id;
      callbacks.current.onSelect(id);
    });
    const observer = new ResizeObserver(state.redraw);
    observer.observe(canvas);
    callbacks.current.onReady(overviewPicture(scene));
    return () => {
      detach();
      observer.disconnect();
      cancelAnimationFrame(frame);
      cancelAnimationFrame(settling);
      callbacks.current.onReady(null);
      live.current = null;
    };
  }, [network, colors]);

  useEffect(() => {
    const state = live.current;
    const canvas = canvasRef.current;
    if (!state || !canvas) return;
    state.selected = selectedId ? (state.scene.indexOf.get(selectedId) ?? -1) : -1;
    const changed = selectedId !== shownSelection.current;
    shownSelection.current = selectedId;
    // Chosen from the list, it is brought to the middle, at the same zoom (a clicked one is where the pointer is).
    const node = state.scene.nodes[state.selected];
    if (node && changed && selectedId !== state.clicked) {
      state.view = centreOn(state.view, node, { width: canvas.clientWidth, height: canvas.clientHeight });
      state.userMoved = true;
    }
    state.clicked = null;
    state.redraw();
  }, [selectedId]);

  return (
    <div className="network-canvas-wrap">
      <canvas
        ref={canvasRef}
        className="network-canvas network-overview"
        role="img"
        aria-label={t('network:picture', { nodes: network.nodes.length, edges: network.edges.length })}
      />
      {/* Always there, so screen readers hear the text change. */}
      <p className="network-arranging" aria-live="polite">
        {arranging ? t('network:arranging') : ''}
      </p>
      <button
        type="button"
        className="quiet small network-fit"
        title={t('network:fitTitle')}
        onClick={() => live.current?.fit()}
      >
        {t('network:fit')}
      </button>
    </div>
  );
}

/** Wheel zoom, background pan, node drag and click-to-select on the canvas; returns what removes them. */
function attachPointer(canvas: HTMLCanvasElement, state: Live, select: (id: string | null) => void): () => void {
  let press: { x: number; y: number; node: number; moved: boolean } | null = null;
  const local = (e: MouseEvent) => {
    const r = canvas.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const hit = (e: MouseEvent) => nodeAt(state.scene, toDrawing(state.view, local(e)), HIT_SLACK_PX / state.view.zoom);

  const down = (e: PointerEvent) => {
    if (e.button !== 0) return;
    canvas.setPointerCapture(e.pointerId);
    press = { ...local(e), node: hit(e), moved: false };
  };
  const move = (e: PointerEvent) => {
    if (!press) {
      canvas.classList.toggle('over-node', hit(e) >= 0);
      return;
    }
    const at = local(e);
    if (!press.moved && Math.hypot(at.x - press.x, at.y - press.y) < CLICK_SLOP) return;
    if (!press.moved) {
      canvas.classList.add('dragging');
      // The view holds still under a drag; it no longer follows the settling layout.
      state.userMoved = true;
    }
    if (state.scene.nodes[press.node]) {
      const to = toDrawing(state.view, at);
      state.layout.pin(press.node, to.x, to.y);
    } else {
      state.userMoved = true;
      // The background follows the pointer from where it was grabbed.
      const pan = { x: state.view.pan.x + at.x - press.x, y: state.view.pan.y + at.y - press.y };
      state.view = { zoom: state.view.zoom, pan };
    }
    press = { ...press, ...at, moved: true };
    state.redraw();
  };
  const cancel = () => {
    press = null;
    canvas.classList.remove('dragging');
  };
  const up = () => {
    if (press && !press.moved) select(state.scene.nodes[press.node]?.id ?? null);
    cancel();
  };
  const wheel = (e: WheelEvent) => {
    e.preventDefault();
    state.userMoved = true;
    state.view = zoomAt(state.view, local(e), Math.exp(-e.deltaY * 0.0015));
    state.redraw();
  };
  canvas.addEventListener('pointerdown', down);
  canvas.addEventListener('pointermove', move);
  canvas.addEventListener('pointerup', up);
  canvas.addEventListener('pointercancel', cancel);
  canvas.addEventListener('lostpointercapture', cancel);
  canvas.addEventListener('wheel', wheel, { passive: false });
  return () => {
    canvas.removeEventListener('pointerdown', down);
    canvas.removeEventListener('pointermove', move);
    canvas.removeEventListener('pointerup', up);
    canvas.removeEventListener('pointercancel', cancel);
    canvas.removeEventListener('lostpointercapture', cancel);
    canvas.removeEventListener('wheel', wheel);
  };
}

/** The picture of the overview: PNG drawn afresh on a canvas the size of the whole network; SVG from the scene. */
function overviewPicture(scene: Scene): NetworkPicture {
  return {
    png: () => {
      const positions = scenePositions(scene);
      // The nodes' extent and room for the outer nodes' labels.
      let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const n of scene.nodes) {
        [x1, y1, x2, y2] = [Math.min(x1, n.x), Math.min(y1, n.y), Math.max(x2, n.x), Math.max(y2, n.y)];
      }
      const width = x2 - x1 + 2 * PNG_MARGIN;
      const height = y2 - y1 + 2 * PNG_MARGIN;
      const scale = pngScale(width, height);
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(width * scale);
      canvas.height = Math.ceil(height * scale);
      const ctx = canvas.getContext('2d');
      if (!ctx) return Promise.reject(new Error('this browser cannot draw the picture'));
      const view = fitViewport(positions, { width: canvas.width, height: canvas.height }, (PNG_MARGIN - 24) * scale);
      drawScene(ctx, scene, view, {
        width: canvas.width,
        height: canvas.height,
        pixelRatio: 1,
        selected: -1,
        all: true,
        background: '#ffffff',
        labelScale: scale,
      });
      return new Promise((resolve, reject) =>
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture is too big to save')))),
      );
    },
    drawing: (title) => sceneDrawing(scene, title),
  };
}
