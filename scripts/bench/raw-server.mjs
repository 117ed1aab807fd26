// The raw Node ceiling: a bare http server sending one file's bytes, run in a
// process of its own so it never shares an event loop with the load generator.
import { readFileSync } from "node:fs";
import http from "node:http";

const [file, port] = process.argv.slice(2);
const body = readFileSync(file);
http
  .createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length });
    response.end(body);
  })
  .listen(Number(port), "127.0.0.1");
