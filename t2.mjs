import { serialize } from "next-mdx-remote/serialize";
import remarkGfm from "remark-gfm";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
const forms = {
  quote: n => ">".repeat(n) + " x",
  quoteSp: n => "> ".repeat(n) + "x",
  div: n => "<div>".repeat(n) + "x" + "</div>".repeat(n),
  divLines: n => "<div>\n".repeat(n) + "x\n" + "</div>\n".repeat(n),
  list: n => Array.from({length:n},(_, i)=>"  ".repeat(i)+"- x").join("\n"),
  list2: n => "- ".repeat(n) + "x",
  bracket: n => "[".repeat(n) + "x" + "]".repeat(n) + "(/a)",
  bracketOpen: n => "[".repeat(n),
  emph: n => "*".repeat(n) + "x" + "*".repeat(n),
  emph2: n => "*a ".repeat(n) + "x" + " b*".repeat(n),
  link: n => "[a](/b) ".repeat(n),
};
const which = process.argv[2], n = Number(process.argv[3]), mode = process.argv[4];
const src = forms[which](n);
const t = Date.now();
try {
  if (mode === "parse") { const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(src); }
  else await serialize(src, { mdxOptions: { remarkPlugins: [remarkGfm] } });
  console.log(which, n, mode, "OK", Date.now()-t, "ms");
} catch (e) { console.log(which, n, mode, "ERR", e.constructor.name, String(e.message).slice(0,150).replace(/\n/g," "), Date.now()-t, "ms"); }
