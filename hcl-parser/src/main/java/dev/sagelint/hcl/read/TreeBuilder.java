package dev.sagelint.hcl.read;

import dev.sagelint.hcl.grammar.HclLexer;
import dev.sagelint.hcl.grammar.HclParser;
import dev.sagelint.hcl.read.Expr.Part;
import dev.sagelint.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds our syntax tree from a parse tree that has no syntax errors. */
final class TreeBuilder {

    private final Source source;
    /** When set, every node is placed here (templates read from a JSON string). */
    private final Span fixed;
    /**
     * One copy of each name, operator and label of the file: a large file repeats a few hundred names (var, local,
     * attribute and resource type names) millions of times.
     */
    private final Map<String, String> names = new HashMap<>();

    TreeBuilder(Source source) {
        this(source, null);
    }

    TreeBuilder(Source source, Span fixed) {
        this.source = source;
        this.fixed = fixed;
    }

    private String name(String text) {
        String known = names.putIfAbsent(text, text);
        return known != null ? known : text;
    }

    // ---- positions ----

    Src src(ParserRuleContext ctx) {
        return src(ctx.getStart(), ctx.getStop() == null ? ctx.getStart() : ctx.getStop());
    }

    Src src(Token start, Token stop) {
        if (stop == null || stop.getType() == Token.EOF || stop.getStopIndex() < start.getStartIndex()) stop = start;
        if (fixed != null) return new Src(source, start.getStartIndex(), stop.getStopIndex(), fixed);
        return Src.parsed(source, start.getStartIndex(), stop.getStartIndex(), stop.getStopIndex());
    }

    // ---- structure ----

    Body body(HclParser.BodyContext ctx) {
        List<Attribute> attributes = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (HclParser.BodyItemContext item : ctx.bodyItem()) item(item, attributes, blocks);
        return new Body(attributes, blocks);
    }

    /** Adds one attribute or block to those of its body. */
    void item(HclParser.BodyItemContext item, List<Attribute> attributes, List<Block> blocks) {
        if (item instanceof HclParser.AttributeContext a) {
            attributes.add(new Attribute(name(a.IDENT().getText()), expression(a.expression()), src(a)));
        } else if (item instanceof HclParser.BlockContext b) {
            List<String> labels = new ArrayList<>();
            for (HclParser.BlockLabelContext l : b.blockLabel()) {
                if (l.IDENT() != null) {
                    labels.add(name(l.IDENT().getText()));
                } else {
                    labels.add(name(literalText(template(l.template(), true, false, l))));
                }
            }
            Span header = src(b.getStart(), b.LBRACE().getSymbol()).span();
            blocks.add(new Block(name(b.IDENT().getText()), labels, body(b.body()), header, src(b)));
        }
    }

    private static String literalText(Expr e) {
        if (e instanceof Expr.Literal l && l.value() instanceof String s) return s;
        if (e instanceof Expr.Template t) {
            StringBuilder sb = new StringBuilder();
            for (Part p : t.parts()) {
                if (p instanceof Expr.Text text) sb.append(text.text());
            }
            return sb.toString();
        }
        return "";
    }

    // ---- expressions ----

    Expr expression(HclParser.ExpressionContext ctx) {
        Expr condition = operation(ctx.operation());
        if (ctx.QUESTION() == null) return condition;
        return new Expr.Conditional(src(ctx), condition, expression(ctx.expression(0)), expression(ctx.expression(1)));
    }

    private Expr operation(HclParser.OperationContext ctx) {
        return binary(ctx.orOp());
    }

    /** Folds {@code a op b op c} to the left; operands are the child rule contexts, operators the tokens. */
    private Expr binary(ParserRuleContext ctx) {
        Expr left = null;
        String op = null;
        for (ParseTree child : childrenOf(ctx)) {
            if (child instanceof TerminalNode t) {
                op = name(t.getText());
            } else if (child instanceof HclParser.NlContext) {
                continue;
            } else if (child instanceof HclParser.UnaryOpContext u) {
                left = combine(ctx, left, op, unary(u));
            } else if (child instanceof ParserRuleContext rule) {
                left = combine(ctx, left, op, binary(rule));
            }
        }
        return left;
    }

    private static List<ParseTree> childrenOf(ParserRuleContext ctx) {
        return ctx.children == null ? List.of() : ctx.children;
    }

    private Expr combine(ParserRuleContext ctx, Expr left, String op, Expr right) {
        if (left == null) return right;
        Src s = fixed != null
                ? new Src(source, left.src().start(), right.src().stop(), fixed)
                : Src.parsed(
                        source,
                        left.src().start(),
                        right.src().lastTokenStart(),
                        right.src().stop());
        return new Expr.Binary(s, op, left, right);
    }

    private Expr unary(HclParser.UnaryOpContext ctx) {
        if (ctx.postfixExpr() != null) return postfix(ctx.postfixExpr());
        String op = name(ctx.getStart().getText());
        Expr operand = unary(ctx.unaryOp());
        if (op.equals("-") && operand instanceof Expr.Literal l && l.value() instanceof BigDecimal n) {
            return new Expr.Literal(src(ctx), n.negate());
        }
        return new Expr.Unary(src(ctx), op, operand);
    }

    private Expr postfix(HclParser.PostfixExprContext ctx) {
        Expr current = term(ctx.exprTerm());
        Expr splatSource = null;
        boolean attrSplat = false;
        Token start = ctx.getStart();
        for (HclParser.PostfixContext p : ctx.postfix()) {
            Src here = src(start, p.getStop());
            if (p instanceof HclParser.AttrSplatContext || p instanceof HclParser.FullSplatContext) {
                if (splatSource != null) current = new Expr.Splat(src(start, p.getStart()), splatSource, current);
                splatSource = current;
                attrSplat = p instanceof HclParser.AttrSplatContext;
                current = new Expr.SplatItem(here);
                continue;
            }
            if (splatSource != null && attrSplat && !(p instanceof HclParser.GetAttrContext)) {
                current = new Expr.Splat(src(start, p.getStart()), splatSource, current);
                splatSource = null;
            }
            if (p instanceof HclParser.GetAttrContext g) {
                current = new Expr.GetAttr(here, current, name(g.IDENT().getText()));
            } else if (p instanceof HclParser.LegacyIndexContext li) {
                current = new Expr.Index(
                        here,
                        current,
                        new Expr.Literal(
                                src(li.NUMBER().getSymbol(), li.NUMBER().getSymbol()),
                                new BigDecimal(li.NUMBER().getText())));
            } else if (p instanceof HclParser.IndexContext ix) {
                current = new Expr.Index(here, current, expression(ix.expression()));
            }
        }
        if (splatSource != null) current = new Expr.Splat(src(ctx), splatSource, current);
        return current;
    }

    private Expr term(HclParser.ExprTermContext ctx) {
        Src s = src(ctx);
        if (ctx instanceof HclParser.NumberLitContext n) {
            return new Expr.Literal(s, new BigDecimal(n.NUMBER().getText()));
        }
        if (ctx instanceof HclParser.QuotedTemplateContext q) {
            return template(q.template(), true, false, q);
        }
        if (ctx instanceof HclParser.HeredocContext h) {
            return template(h.template(), false, h.HEREDOC_START().getText().startsWith("<<-"), h);
        }
        if (ctx instanceof HclParser.TupleContext t) {
            return new Expr.Tuple(
                    s, t.expression().stream().map(this::expression).toList());
        }
        if (ctx instanceof HclParser.ObjectContext o) {
            List<Expr.Item> items = new ArrayList<>();
            for (HclParser.ObjectItemContext item : o.objectItem()) {
                Expr key = expression(item.expression(0));
                if (key instanceof Expr.Variable v) key = new Expr.Literal(v.src(), v.name());
                items.add(new Expr.Item(key, expression(item.expression(1))));
            }
            return new Expr.ObjectCons(s, items);
        }
        if (ctx instanceof HclParser.ForTupleContext f) {
            HclParser.ForTupleBodyContext b = f.forTupleBody();
            return forExpr(s, b.forIntro(), null, expression(b.expression()), false, b.forCond());
        }
        if (ctx instanceof HclParser.ForObjectContext f) {
            HclParser.ForObjectBodyContext b = f.forObjectBody();
            return forExpr(
                    s,
                    b.forIntro(),
                    expression(b.expression(0)),
                    expression(b.expression(1)),
                    b.ELLIPSIS() != null,
                    b.forCond());
        }
        if (ctx instanceof HclParser.FunctionCallContext c) {
            List<Expr> args = new ArrayList<>();
            boolean expand = false;
            if (c.arguments() != null) {
                c.arguments().expression().forEach(e -> args.add(expression(e)));
                expand = c.arguments().ELLIPSIS() != null;
            }
            String name = name(String.join(
                    "::", c.IDENT().stream().map(TerminalNode::getText).toList()));
            return new Expr.Call(s, name, args, expand);
        }
        if (ctx instanceof HclParser.VariableContext v) {
            String name = name(v.IDENT().getText());
            return switch (name) {
                case "true" -> new Expr.Literal(s, Boolean.TRUE);
                case "false" -> new Expr.Literal(s, Boolean.FALSE);
                case "null" -> new Expr.Literal(s, null);
                default -> new Expr.Variable(s, name);
            };
        }
        HclParser.ParensContext p = (HclParser.ParensContext) ctx;
        return new Expr.Parens(s, expression(p.expression()));
    }

    private Expr forExpr(
            Src s,
            HclParser.ForIntroContext intro,
            Expr key,
            Expr value,
            boolean grouping,
            HclParser.ForCondContext cond) {
        List<TerminalNode> ids = intro.IDENT();
        // for k, v in coll : ...  →  IDENT(for) IDENT(k) IDENT(v) IDENT(in); for v in coll → three names
        String keyVar = ids.size() >= 4 ? name(ids.get(1).getText()) : null;
        String valueVar =
                name(ids.size() >= 4 ? ids.get(2).getText() : ids.get(1).getText());
        Expr condition = cond == null ? null : expression(cond.expression());
        return new Expr.For(s, keyVar, valueVar, expression(intro.expression()), key, value, grouping, condition);
    }

    // ---- templates ----

    Expr template(HclParser.TemplateContext ctx, boolean quoted, boolean flush, ParserRuleContext whole) {
        List<Part> parts = parts(ctx, quoted);
        if (flush) parts = flush(parts);
        parts = mergeText(parts);
        Src s = src(whole);
        if (parts.isEmpty()) return new Expr.Literal(s, "");
        if (parts.size() == 1 && parts.get(0) instanceof Expr.Text t) return new Expr.Literal(s, t.text());
        return new Expr.Template(s, parts);
    }

    private List<Part> parts(HclParser.TemplateContext ctx, boolean quoted) {
        List<Part> parts = new ArrayList<>();
        boolean stripNext = false;
        for (HclParser.TemplatePartContext p : ctx.templatePart()) {
            boolean stripBefore = false;
            boolean stripAfter = false;
            Part part;
            if (p instanceof HclParser.LiteralTextContext t) {
                String text = quoted
                        ? unescape(t.getText())
                        : t.getText().replace("$${", "${").replace("%%{", "%{");
                part = new Expr.Text(stripNext ? text.stripLeading() : text);
                stripNext = false;
                parts.add(part);
                continue;
            } else if (p instanceof HclParser.LiteralNewlineContext) {
                part = new Expr.Text(stripNext ? "" : "\n");
                stripNext = false;
                parts.add(part);
                continue;
            } else if (p instanceof HclParser.InterpolationContext i) {
                stripBefore =
                        i.getChild(1) instanceof TerminalNode n && n.getSymbol().getType() == HclLexer.TILDE;
                stripAfter = i.TILDE().size() > (stripBefore ? 1 : 0);
                part = new Expr.Interpolation(expression(i.expression()));
            } else if (p instanceof HclParser.IfDirectiveContext d) {
                HclParser.TemplateIfContext x = d.templateIf();
                List<Part> then = mergeText(parts(x.template(0), quoted));
                List<Part> otherwise = x.template().size() > 1 ? mergeText(parts(x.template(1), quoted)) : List.of();
                part = new Expr.IfDirective(expression(x.expression()), then, otherwise);
                stripBefore =
                        x.getChild(1) instanceof TerminalNode n && n.getSymbol().getType() == HclLexer.TILDE;
                stripAfter = x.getChild(x.getChildCount() - 2) instanceof TerminalNode n
                        && n.getSymbol().getType() == HclLexer.TILDE;
            } else {
                HclParser.TemplateForContext x = ((HclParser.ForDirectiveContext) p).templateFor();
                List<TerminalNode> ids = x.IDENT();
                // for k, v in → IDENT(for) k v IDENT(in) ... IDENT(endfor)
                String keyVar = x.COMMA() != null ? name(ids.get(1).getText()) : null;
                String valueVar = name(
                        x.COMMA() != null ? ids.get(2).getText() : ids.get(1).getText());
                part = new Expr.ForDirective(
                        keyVar, valueVar, expression(x.expression()), mergeText(parts(x.template(), quoted)));
                stripBefore =
                        x.getChild(1) instanceof TerminalNode n && n.getSymbol().getType() == HclLexer.TILDE;
                stripAfter = x.getChild(x.getChildCount() - 2) instanceof TerminalNode n
                        && n.getSymbol().getType() == HclLexer.TILDE;
            }
            if (stripBefore && !parts.isEmpty() && parts.get(parts.size() - 1) instanceof Expr.Text prev) {
                parts.set(parts.size() - 1, new Expr.Text(prev.text().stripTrailing()));
            }
            parts.add(part);
            stripNext = stripAfter;
        }
        return parts;
    }

    /** Joins runs of adjacent text parts into one (in linear time: a heredoc has a text part per line). */
    private static List<Part> mergeText(List<Part> parts) {
        List<Part> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Expr.Text t) {
                run.append(t.text());
            } else {
                if (!run.isEmpty()) out.add(new Expr.Text(run.toString()));
                run.setLength(0);
                out.add(p);
            }
        }
        if (!run.isEmpty()) out.add(new Expr.Text(run.toString()));
        return out;
    }

    /** {@code <<-}: removes the indentation that every non-blank line shares. */
    private static List<Part> flush(List<Part> parts) {
        List<Part> merged = mergeText(parts);
        int min = Integer.MAX_VALUE;
        boolean lineStart = true;
        for (Part p : merged) {
            if (p instanceof Expr.Text t) {
                String[] lines = t.text().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    boolean starts = i > 0 || lineStart;
                    String line = lines[i];
                    boolean last = i == lines.length - 1;
                    if (starts && !(last && line.isEmpty()) && !line.isBlank()) {
                        min = Math.min(min, indent(line));
                    } else if (starts && last && line.isBlank() && !line.isEmpty()) {
                        min = Math.min(min, line.length());
                    }
                }
                lineStart = t.text().endsWith("\n");
            } else {
                if (lineStart) min = 0;
                lineStart = false;
            }
        }
        if (min == Integer.MAX_VALUE || min == 0) return merged;
        List<Part> out = new ArrayList<>();
        lineStart = true;
        for (Part p : merged) {
            if (p instanceof Expr.Text t) {
                String[] lines = t.text().split("\n", -1);
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i];
                    if ((i > 0 || lineStart) && !line.isEmpty()) line = line.substring(Math.min(min, indent(line)));
                    if (i > 0) sb.append('\n');
                    sb.append(line);
                }
                out.add(new Expr.Text(sb.toString()));
                lineStart = t.text().endsWith("\n");
            } else {
                out.add(p);
                lineStart = false;
            }
        }
        return out;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
        return i;
    }

    /** Decodes the escapes of a quoted template: {@code \n \r \t \" \\ \\uNNNN \\UNNNNNNNN}, {@code $${}, {@code %%{}. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case '"' -> sb.append('"');
                    case '\\' -> sb.append('\\');
                    case 'u', 'U' -> {
                        int len = n == 'u' ? 4 : 8;
                        if (i + len < s.length() + 0
                                && s.substring(i + 1, Math.min(s.length(), i + 1 + len))
                                        .matches("[0-9a-fA-F]{" + len + "}")) {
                            sb.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 1 + len), 16));
                            i += len;
                        } else {
                            sb.append('\\').append(n);
                        }
                    }
                    default -> sb.append('\\').append(n);
                }
            } else if ((c == '$' || c == '%') && s.startsWith(c == '$' ? "$${" : "%%{", i)) {
                sb.append(c).append('{');
                i += 2;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
