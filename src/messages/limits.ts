// The protocol's size limits: declared with the stored records' in ../limits.ts, so a message never carries
// more than the library can keep; named here for the protocol's users (the content script, the page stream).
export { LIMITS } from "../limits";
