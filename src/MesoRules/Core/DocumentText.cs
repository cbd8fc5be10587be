using System.Buffers;
using System.Text;

namespace MesoRules.Core;

/// <summary>
/// The escapers of the patient documents: every text a document shows (the clinic's wording, a practitioner's reason, a
/// zone id, the library's own words) goes through one of them, so no text can add markup to a document.
/// </summary>
internal static class DocumentText
{
    /// <summary>The text on one line: each line break (<c>\r\n</c>, <c>\r</c>, <c>\n</c>) becomes a space.</summary>
    public static string OneLine(string value) =>
        value.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');

    /// <summary>The text on one line with every character Markdown gives a meaning to (<c>\ ` * _ | [ ] &lt; &gt; #</c>) behind a backslash.</summary>
    public static string Markdown(string value)
    {
        string line = OneLine(value);
        var text = new StringBuilder(line.Length + 8);
        foreach (char c in line)
        {
            if (c is '\\' or '`' or '*' or '_' or '|' or '[' or ']' or '<' or '>' or '#')
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        return text.ToString();
    }

    /// <summary>
    /// Appends the text as HTML character data, valid in an element and in a quoted attribute value: <c>&amp;</c>,
    /// <c>&lt;</c>, <c>&gt;</c>, <c>"</c> and <c>'</c> as character references; <c>\r\n</c> and <c>\r</c> as <c>\n</c>
    /// (so a document has <c>\n</c> line ends only); the control characters other than tab and line feed, and a lone
    /// surrogate, as U+FFFD (which is what a browser shows for them), so the output is well-formed UTF-16 and UTF-8.
    /// </summary>
    public static void Html(StringBuilder html, string value)
    {
        // Most text has no C1 control and no surrogate: then only ASCII characters may need writing otherwise, and a
        // vectorized search jumps from one to the next. Other text is read a character at a time.
        bool searchAscii = !value.AsSpan().ContainsAnyInRange('\u0080', '\u009f') && !value.AsSpan().ContainsAnyInRange('\ud800', '\udfff');
        int plain = 0;
        for (int i = 0; i < value.Length; i++)
        {
            if (searchAscii)
            {
                int next = value.AsSpan(i).IndexOfAny(AsciiSpecial);
                if (next < 0)
                {
                    break;
                }

                i += next;
            }

            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\r' => i + 1 < value.Length && value[i + 1] == '\n' ? string.Empty : "\n",
                '\t' or '\n' => null,
                < ' ' or (>= '\u007f' and <= '\u009f') => "\uFFFD",
                _ => char.IsSurrogate(c) ? "\uFFFD" : null,
            };

            if (replacement is not null)
            {
                html.Append(value, plain, i - plain).Append(replacement);
                plain = i + 1;
            }
        }

        html.Append(value, plain, value.Length - plain);
    }

    /// <summary>The ASCII characters <see cref="Html(StringBuilder, string)"/> may write otherwise: the five of markup and the controls (tab and line feed among them, which stay).</summary>
    private static readonly SearchValues<char> AsciiSpecial = SearchValues.Create("&<>\"'\u007f" + string.Concat(Enumerable.Range(0, 32).Select(c => (char)c)));

    /// <summary>The text as HTML character data (<see cref="Html(StringBuilder, string)"/>).</summary>
    public static string Html(string value)
    {
        var html = new StringBuilder(value.Length + 16);
        Html(html, value);
        return html.ToString();
    }
}
