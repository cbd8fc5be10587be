using System.Text.RegularExpressions;

namespace MesoRules.Tests.Core;

/// <summary>What every HTML patient document must be: a self-contained HTML5 document in its language, safe to open and print.</summary>
internal static partial class HtmlAssert
{
    /// <summary>A clinic's or a patient's text that would run a script and break out of an attribute if it were not escaped.</summary>
    public const string Hostile = "<script>alert(1)</script> \"&'";

    /// <summary><see cref="Hostile"/> escaped: the only way it may appear in a document.</summary>
    public const string HostileEscaped = "&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&#39;";

    /// <summary>The elements that have no end tag.</summary>
    private static readonly HashSet<string> Void = new(StringComparer.Ordinal) { "meta", "br" };

    /// <summary>
    /// Checks a document: the doctype, <c>&lt;html lang&gt;</c> of <paramref name="languageTag"/>, the charset, one each of html,
    /// head, title, style and body, every element closed in order, every <c>&amp;</c> a character reference, <c>\n</c> line
    /// ends; no script, no event handler, no external resource (src, href, url(), @import, link, img, iframe, object, embed).
    /// </summary>
    public static void WellFormed(string html, string languageTag)
    {
        Assert.StartsWith($"<!DOCTYPE html>\n<html lang=\"{languageTag}\">\n<head>\n<meta charset=\"utf-8\">\n", html, StringComparison.Ordinal);
        Assert.EndsWith("</body>\n</html>\n", html, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', html);
        foreach (string once in new[] { "<html", "</html>", "<head>", "</head>", "<body>", "</body>", "<title>", "</title>", "<style>", "</style>" })
        {
            Assert.True(Count(html, once) == 1, $"{once} appears {Count(html, once)} times");
        }

        foreach (string banned in new[] { "<script", "src=", "href=", "url(", "@import", "<link", "<img", "<iframe", "<object", "<embed", "javascript:", " on" + "load=", " on" + "error=" })
        {
            Assert.True(html.IndexOf(banned, StringComparison.OrdinalIgnoreCase) < 0, $"the document contains {banned}");
        }

        Assert.Empty(StrayAmpersand().Matches(html));
        var open = new Stack<string>();
        foreach (Match tag in Tag().Matches(html[html.IndexOf("<html", StringComparison.Ordinal)..]))
        {
            string name = tag.Groups[2].Value;
            if (tag.Groups[1].Value.Length == 0)
            {
                if (!Void.Contains(name))
                {
                    open.Push(name);
                }
            }
            else
            {
                Assert.True(open.Count > 0 && open.Peek() == name, $"</{name}> closes {(open.Count > 0 ? open.Peek() : "nothing")}");
                open.Pop();
            }
        }

        Assert.Empty(open);
    }

    /// <summary>The tags of a document in order, without their texts: what a text cannot change when it is escaped.</summary>
    public static string[] Tags(string html) => [.. Tag().Matches(html).Select(m => m.Value)];

    private static int Count(string text, string value)
    {
        int count = 0;
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("&(?!(amp|lt|gt|quot|#39);)")]
    private static partial Regex StrayAmpersand();
}
