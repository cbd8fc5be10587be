using System.Net;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Core;

namespace MesoRules.Tests.Core;

/// <summary>The one HTML escaper every HTML document writes its texts with.</summary>
public class DocumentTextTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("\"&'", "&quot;&amp;&#39;")]
    [InlineData("Tom & Jerry's \"salon\"", "Tom &amp; Jerry&#39;s &quot;salon&quot;")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("plain text, accents: é ñ ç ã", "plain text, accents: é ñ ç ã")]
    [InlineData("", "")]
    public void Html_escapes_the_five_characters_that_could_make_markup(string text, string expected) =>
        Assert.Equal(expected, DocumentText.Html(text));

    [Theory]
    [InlineData("a\r\nb", "a\nb")]
    [InlineData("a\rb", "a\nb")]
    [InlineData("a\nb\tc", "a\nb\tc")]
    [InlineData("a\u0000b\u0007c\u007fd\u0085e", "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe")]
    public void Html_writes_line_feeds_only_and_replaces_what_cannot_be_shown(string text, string expected) =>
        Assert.Equal(expected, DocumentText.Html(text));

    [Fact]
    public void Html_keeps_a_surrogate_pair_and_replaces_a_lone_surrogate()
    {
        // Built in code: a lone surrogate does not survive test-case serialization.
        Assert.Equal("pair \uD83D\uDE00 kept", DocumentText.Html("pair \uD83D\uDE00 kept"));
        Assert.Equal("lone \uFFFD high, lone \uFFFD low, \uFFFD", DocumentText.Html("lone \uD800 high, lone \uDC00 low, \uD83D"));
    }

    [Property(MaxTest = 500)]
    public Property Any_text_escaped_has_no_markup_and_reads_back_as_the_text() =>
        Prop.ForAll(Texts().ToArbitrary(), text =>
        {
            string html = DocumentText.Html(text);
            bool noMarkup = html.IndexOfAny(['<', '>', '"', '\'', '\r']) < 0;
            bool readsBack = WebUtility.HtmlDecode(html) == Shown(text);
            return (noMarkup && readsBack).Label($"escaped: {html}");
        });

    /// <summary>The text as a browser shows it: line ends as <c>\n</c>, controls and lone surrogates as U+FFFD.</summary>
    private static string Shown(string text)
    {
        var shown = new System.Text.StringBuilder();
        string normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        for (int i = 0; i < normalized.Length; i++)
        {
            char c = normalized[i];
            if (char.IsHighSurrogate(c) && i + 1 < normalized.Length && char.IsLowSurrogate(normalized[i + 1]))
            {
                shown.Append(c).Append(normalized[++i]);
            }
            else
            {
                shown.Append((c < ' ' && c is not ('\t' or '\n')) || c is >= '\u007f' and <= '\u009f' || char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return shown.ToString();
    }

    /// <summary>Texts made mostly of the characters that matter to HTML, with letters, accents, line breaks and surrogates between.</summary>
    internal static Gen<string> Texts() =>
        Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(
            Gen.Frequency(
                (4, Gen.Elements('<', '>', '&', '"', '\'', '/', '=', ';', '#')),
                (4, Gen.Elements('a', 'Z', '0', ' ', 'é', 'ñ', '中')),
                (1, Gen.Elements('\r', '\n', '\t', '\u0000', '\u007f', '\u0085')),
                (1, Gen.Elements('\uD83D', '\uDE00'))),
            n)).Select(chars => new string(chars));
}
