/// <reference lib="webworker" />
/** ForceAtlas2 off the main thread: frames are not stolen from the page while it runs. */
import { forceLayout, type LayoutRequest } from "../logic/graph-layout";

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  self.postMessage(forceLayout(event.data));
};
