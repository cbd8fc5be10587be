using System.Text;
using MesoRules.Localization;

namespace MesoRules.Core;

/// <summary>
/// The skeleton every HTML patient document shares (the aftercare sheet, the risk disclosure, the session plan): an
/// HTML5 document in the patient's language with one inline style sheet for screen and print, no script and no
/// external resource (no link, font, image or <c>url(</c>), and <c>\n</c> line ends. Every text given to it is
/// escaped (<see cref="DocumentText.Html(StringBuilder, string)"/>); only tag names and class names, which are the
/// library's constants, are written as they are.
/// </summary>
internal sealed class HtmlDocument
{
    /// <summary>
    /// The style sheet: page margins without a fixed page size, so A4 and US Letter both print; body text of 11 points
    /// in print; each block (a risk, a window, the acknowledgment) and each table row kept on one page; headings kept
    /// with what follows; system fonts only.
    /// </summary>
    internal const string Style =
        "@page { margin: 16mm 14mm; }\n"
        + "html { color: #111; background: #fff; }\n"
        + "body { font-family: \"Helvetica Neue\", Helvetica, Arial, \"Liberation Sans\", \"DejaVu Sans\", sans-serif; font-size: 12pt; line-height: 1.45; max-width: 46em; margin: 2em auto; padding: 0 1em; }\n"
        + "h1 { font-size: 20pt; margin: 0 0 .4em; }\n"
        + "h2 { font-size: 15pt; margin: 1.4em 0 .5em; }\n"
        + "h3 { font-size: 12.5pt; margin: .6em 0 .3em; }\n"
        + "h1, h2, h3 { break-after: avoid; page-break-after: avoid; }\n"
        + "p, ul, dl { margin: .4em 0; }\n"
        + ".block { border-top: 1px solid #bbb; padding-top: .2em; margin-top: .8em; }\n"
        + ".block, tr, li { break-inside: avoid; page-break-inside: avoid; }\n"
        + ".meta { font-size: 10pt; color: #333; }\n"
        + "code { font-family: \"DejaVu Sans Mono\", \"Liberation Mono\", Consolas, monospace; font-size: .9em; overflow-wrap: anywhere; }\n"
        + "dl { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; }\n"
        + "dt { font-weight: bold; }\n"
        + "dd { margin: 0; }\n"
        + "dd ul { margin: .2em 0; padding-left: 1.2em; }\n"
        + "table { border-collapse: collapse; width: 100%; }\n"
        + "thead { display: table-header-group; }\n"
        + "th, td { border: 1px solid #999; padding: .3em .5em; text-align: start; vertical-align: top; }\n"
        + ".sign { display: flex; align-items: flex-end; gap: .6em; margin: 1.6em 0 0; }\n"
        + ".sign .line { flex: 1; border-bottom: 1px solid #111; min-height: 1.4em; }\n"
        + ".sign + .meta { margin-top: 1.4em; }\n"
        + "@media print {\n"
        + "  body { font-size: 11pt; max-width: none; margin: 0; padding: 0; }\n"
        + "  h1 { font-size: 18pt; }\n"
        + "  h2 { font-size: 14pt; }\n"
        + "  .meta { font-size: 9.5pt; }\n"
        + "}\n";

    private readonly StringBuilder _html;

    /// <summary>Starts a document: the doctype, <c>&lt;html lang&gt;</c>, the head with the charset, the title and the style, and opens the body.</summary>
    /// <param name="language">The document's language; its tag is the <c>lang</c> attribute.</param>
    /// <param name="title">The title (escaped).</param>
    /// <param name="capacity">The expected length, in characters.</param>
    public HtmlDocument(PatientLanguage language, string title, int capacity)
    {
        _html = new StringBuilder(capacity + Style.Length + 256);
        _html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language.Tag).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        DocumentText.Html(_html, title);
        _html.Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
    }

    /// <summary>Opens an element on a line of its own: <c>&lt;tag class="…"&gt;</c>.</summary>
    public HtmlDocument Open(string tag, string? cssClass = null)
    {
        StartTag(tag, cssClass);
        _html.Append('\n');
        return this;
    }

    /// <summary>Closes an element and ends the line.</summary>
    public HtmlDocument Close(string tag)
    {
        _html.Append("</").Append(tag).Append(">\n");
        return this;
    }

    /// <summary>One element on one line around an escaped text: <c>&lt;tag class="…"&gt;text&lt;/tag&gt;</c>.</summary>
    public HtmlDocument Element(string tag, string text, string? cssClass = null)
    {
        StartTag(tag, cssClass);
        return Text(text).Close(tag);
    }

    /// <summary>A paragraph that starts with a label in bold: <c>&lt;p&gt;&lt;strong&gt;label:&lt;/strong&gt; value&lt;/p&gt;</c>, the value as code when <paramref name="code"/>.</summary>
    public HtmlDocument Labelled(string label, string value, string? cssClass = null, bool code = false)
    {
        StartTag("p", cssClass);
        _html.Append("<strong>");
        Text(label);
        _html.Append(":</strong> ");
        return (code ? Code(value) : Text(value)).Close("p");
    }

    /// <summary>A term and its description in a definition list: <c>&lt;dt&gt;term&lt;/dt&gt;&lt;dd&gt;value&lt;/dd&gt;</c>, the value as code when <paramref name="code"/>.</summary>
    public HtmlDocument Definition(string term, string value, bool code = false)
    {
        Element("dt", term);
        _html.Append("<dd>");
        return (code ? Code(value) : Text(value)).Close("dd");
    }

    /// <summary>A line to sign or write on, after its label: the acknowledgment's name, date and signature.</summary>
    public HtmlDocument WritingLine(string label)
    {
        _html.Append("<p class=\"sign\"><span>");
        Text(label);
        _html.Append(":</span><span class=\"line\"></span></p>\n");
        return this;
    }

    /// <summary>Writes an escaped text inline.</summary>
    public HtmlDocument Text(string text)
    {
        DocumentText.Html(_html, text);
        return this;
    }

    /// <summary>Writes an escaped text inline as code (a rule id, a hash, a version).</summary>
    public HtmlDocument Code(string text)
    {
        _html.Append("<code>");
        DocumentText.Html(_html, text);
        _html.Append("</code>");
        return this;
    }

    /// <summary>Writes the library's own markup as it is (a tag, never a text).</summary>
    public HtmlDocument Markup(string markup)
    {
        _html.Append(markup);
        return this;
    }

    /// <summary>Writes an opening tag inline.</summary>
    public HtmlDocument StartTag(string tag, string? cssClass = null)
    {
        _html.Append('<').Append(tag);
        if (cssClass is not null)
        {
            _html.Append(" class=\"").Append(cssClass).Append('"');
        }

        _html.Append('>');
        return this;
    }

    /// <summary>Closes the body and the document.</summary>
    /// <returns>The document, ending with a line feed.</returns>
    public string End() => _html.Append("</body>\n</html>\n").ToString();
}
