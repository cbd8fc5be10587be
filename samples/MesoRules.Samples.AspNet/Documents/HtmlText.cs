using System.Text;

namespace MesoRules.Samples.AspNet.Documents;

/// <summary>HTML escaping for the sample's own pages: every echoed or computed value goes through <see cref="Escape"/>.</summary>
internal static class HtmlText
{
    /// <summary>Escapes text for an element's content or a double-quoted attribute value.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>A whole page: UTF-8, the language of its text, a title and a body already escaped.</summary>
    public static string Page(string languageTag, string title, string style, string body) =>
        $"""
        <!DOCTYPE html>
        <html lang="{Escape(languageTag)}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Escape(title)}</title>
        <style>{style}</style>
        </head>
        <body>
        {body}
        </body>
        </html>

        """;
}
