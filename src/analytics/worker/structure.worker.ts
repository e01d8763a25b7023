/** Worker-thread entry (piscina): the CPU-bound graph algorithms, off the event loop. */
import { spofStructure, type SpofStructureInput } from "../graph/spof-structure";

export default function run(input: SpofStructureInput) {
  return spofStructure(input);
}
