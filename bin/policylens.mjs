#!/usr/bin/env node
// The `policylens` command: runs the CLI built into dist-node/ (`npm run build` makes it).
import { main } from "../dist-node/cli.js";

process.exitCode = await main(process.argv.slice(2));
