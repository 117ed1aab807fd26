import remarkGfm from "remark-gfm";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
const L = 100000;
const fill = (unit, pre="", post="") => pre + unit.repeat(Math.floor((L - pre.length - post.length)/unit.length)) + post;
const forms = {
  quote100: () => ">".repeat(100) + " x",
  quote1000: () => ">".repeat(1000) + " x",
  quote5000: () => ">".repeat(5000) + " x",
  div100: () => "<div>".repeat(100) + "x" + "</div>".repeat(100),
  div1000: () => "<div>".repeat(1000) + "x" + "</div>".repeat(1000),
  div5000: () => "<div>".repeat(5000) + "x" + "</div>".repeat(5000),
  list100: () => Array.from({length:100},(_, i)=>"  ".repeat(i)+"- x").join("\n"),
  list300: () => Array.from({length:300},(_, i)=>"  ".repeat(i)+"- x").join("\n"),
  list2_100: () => "- ".repeat(100) + "x",
  list2_1000: () => "- ".repeat(1000) + "x",
  list2_5000: () => "- ".repeat(5000) + "x",
  ol1000: () => "1. ".repeat(1000) + "x",
  emph100: () => "*".repeat(100) + "x" + "*".repeat(100),
  emph2_100: () => "*a ".repeat(100) + "x" + " b*".repeat(100),
  emph2_300: () => "*a ".repeat(300) + "x" + " b*".repeat(300),
  pairs: () => fill("*a* "),
  under: () => fill("_a_ "),
  stars: () => fill("*"),
  starsSp: () => fill("* a"),
  bracketFull: () => fill("["),
  bracketPairs: () => fill("[a](/b) "),
  bracketPairs2: () => fill("[a] "),
  ticks: () => fill("`a "),
  lt: () => fill("< "),
  table: () => "| a | b |\n|---|---|\n" + fill("| x | y |\n"),
  tableWide: () => "|" + "a|".repeat(2000) + "\n|" + "-|".repeat(2000) + "\n" + ("|" + "x|".repeat(2000) + "\n").repeat(20),
  autolinks: () => fill("www.a.com "),
  refs: () => fill("[a]: /b\n"),
  footnotes: () => fill("[^a] "),
  html: () => fill("<b>x</b> "),
  nestedInline: () => "<b>".repeat(1000)+"x"+"</b>".repeat(1000),
  paren: () => "[a](" + "(".repeat(10000) + ")".repeat(10000)+")",
  lines: () => fill("a\n"),
  blank: () => fill("\n"),
  tabs: () => fill("\t- x\n"),
  entity: () => fill("&amp;"),
  quoteLines: () => fill(">\n"),
  mixed: () => fill("> - "),
};
const which = process.argv[2];
const src = forms[which]();
const t = Date.now();
try { unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(src);
  console.log(which, src.length, "OK", Date.now()-t, "ms");
} catch (e) { console.log(which, src.length, "ERR", e.constructor.name, String(e.message).slice(0,100).replace(/\n/g," "), Date.now()-t, "ms"); }
