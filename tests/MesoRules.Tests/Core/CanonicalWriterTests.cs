using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Core;

namespace MesoRules.Tests.Core;

/// <summary>The one writer of canonical texts (policy, disclosure, history): its line format, escaping and invariants.</summary>
public class CanonicalWriterTests
{
    private static string Text(string? header, string? prefix, Action<Writes> write)
    {
        var writes = new Writes();
        write(writes);
        var writer = new CanonicalWriter(stackalloc byte[16], header, prefix);
        try
        {
            foreach ((string Key, object? Value) field in writes.Fields)
            {
                switch (field.Value)
                {
                    case null: writer.Field(field.Key, (string?)null); break;
                    case string s: writer.Field(field.Key, s); break;
                    case bool b: writer.Field(field.Key, b); break;
                    case int i: writer.Field(field.Key, i); break;
                    case TimeSpan t: writer.Field(field.Key, t); break;
                    case DateTimeOffset d: writer.Field(field.Key, d); break;
                    case DayOfWeek e: writer.Field(field.Key, e); break;
                    case string[] list: writer.List(field.Key, list); break;
                }
            }

            return writer.ToText();
        }
        finally
        {
            writer.Dispose();
        }
    }

    private static string Line(string key, object? value) => Text(null, null, w => w.Add(key, value));

    /// <summary>What to write, gathered first because a ref struct cannot be captured by a lambda.</summary>
    private sealed class Writes
    {
        public List<(string Key, object? Value)> Fields { get; } = [];

        public void Add(string key, object? value) => Fields.Add((key, value));
    }

    public static TheoryData<string, string> Escapes => new()
    {
        { "plain", "k=plain\n" },
        { string.Empty, "k=\n" },
        { "a|b", "k=a|b\n" },
        { "a=b", "k=a=b\n" },
        { "line\nfeed", "k=line\\nfeed\n" },
        { "carriage\rreturn", "k=carriage\\rreturn\n" },
        { "back\\slash", "k=back\\\\slash\n" },
        { "\\0", "k=\\\\0\n" },
        { "\\n", "k=\\\\n\n" },
        { "next\u0085line", "k=next\\u0085line\n" },
        { "line\u2028separator", "k=line\\u2028separator\n" },
        { "paragraph\u2029separator", "k=paragraph\\u2029separator\n" },
        { "pair \uD83D\uDE00 kept", "k=pair \uD83D\uDE00 kept\n" },
        { "ümlaut, tab\tand nul\0", "k=ümlaut, tab\tand nul\0\n" },
    };

    [Theory]
    [MemberData(nameof(Escapes))]
    public void A_value_is_written_on_one_line_with_backslash_line_breaks_and_lone_surrogates_escaped(string value, string expected)
    {
        Assert.Equal(expected, Line("k", value));
    }

    [Fact]
    public void A_lone_surrogate_is_escaped_so_it_never_shares_bytes_with_the_replacement_character()
    {
        // Not theory data: xunit would pass a lone surrogate through UTF-8 and replace it on the way.
        Assert.Equal("k=lone \\uD800 high\n", Line("k", "lone \uD800 high"));
        Assert.Equal("k=lone \\uDC00 low\n", Line("k", "lone \uDC00 low"));
        Assert.Equal("k=\\uDC00\uD83D\uDE00\\uD800\n", Line("k", "\uDC00\uD83D\uDE00\uD800"));
        Assert.NotEqual(Line("k", "\uD800"), Line("k", "\uFFFD"));
    }

    [Fact]
    public void Null_is_written_as_backslash_zero_which_no_escaped_text_can_be()
    {
        Assert.Equal("k=\\0\n", Line("k", null));
        Assert.NotEqual(Line("k", null), Line("k", string.Empty));
        Assert.NotEqual(Line("k", null), Line("k", "\\0"));
    }

    [Fact]
    public void An_equals_sign_or_line_break_in_a_key_is_escaped_so_the_first_bare_equals_sign_ends_the_key()
    {
        Assert.Equal("a\\=b=c\n", Line("a=b", "c"));
        Assert.NotEqual(Line("a=b", "c"), Line("a", "b=c"));
        Assert.Equal("a\\nb=c\n", Line("a\nb", "c"));
    }

    [Fact]
    public void The_header_comes_first_and_a_prefix_goes_before_every_key()
    {
        string text = Text("mesorules-test/1", "record.", w =>
        {
            w.Add("name", "x");
            w.Add("list", new string?[] { "a", null, string.Empty });
        });
        Assert.Equal("mesorules-test/1\nrecord.name=x\nrecord.list.count=3\nrecord.list[0]=a\nrecord.list[1]=\\0\nrecord.list[2]=\n", text);
    }

    [Fact]
    public void A_list_writes_its_count_so_an_empty_list_differs_from_a_list_of_one_empty_item()
    {
        Assert.Equal("k.count=0\n", Line("k", Array.Empty<string?>()));
        Assert.Equal("k.count=1\nk[0]=\n", Line("k", new string?[] { string.Empty }));
        Assert.NotEqual(Line("k", new string?[] { "a|b" }), Line("k", new string?[] { "a", "b" }));
    }

    [Fact]
    public void Records_in_a_list_write_their_fields_under_the_item_key()
    {
        var writer = new CanonicalWriter(stackalloc byte[64]);
        try
        {
            writer.Count("allergies", 1);
            writer.Item("allergies", 0, "substance", "LATEX");
            writer.Item("allergies", 0, "anaphylaxis", true);
            writer.Item("allergies", 0, "note", (string?)null);
            Assert.Equal("allergies.count=1\nallergies[0].substance=LATEX\nallergies[0].anaphylaxis=true\nallergies[0].note=\\0\n", writer.ToText());
        }
        finally
        {
            writer.Dispose();
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    [InlineData("de-DE")]
    public void Numbers_booleans_enums_durations_and_instants_are_written_the_same_in_every_culture(string culture)
    {
        CultureInfo before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);
            string text = Text(null, null, w =>
            {
                w.Add("int", -1234567);
                w.Add("bool", true);
                w.Add("enum", DayOfWeek.Wednesday);
                w.Add("duration", TimeSpan.FromHours(48));
                w.Add("instant", new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(1)).AddTicks(5));
                w.Add("utc", new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.Zero));
            });
            Assert.Equal(
                "int=-1234567\nbool=true\nenum=Wednesday\nduration=1728000000000\n" +
                "instant=2026-03-01T10:00:00.0000005+01:00\nutc=2026-10-25T01:30:00.0000000+00:00\n",
                text);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void An_instant_keeps_its_offset_so_the_same_moment_in_two_zones_is_two_texts()
    {
        var utc = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        Assert.NotEqual(Line("at", utc), Line("at", utc.ToOffset(TimeSpan.FromHours(1))));
    }

    [Fact]
    public void A_text_longer_than_the_first_buffer_grows_into_pooled_memory_unchanged()
    {
        string value = string.Concat(Enumerable.Repeat("ü\\\n=", 5000));
        string text = Line("k", value);
        Assert.Equal("k=" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\n", text);
    }

    [Fact]
    public void The_written_bytes_are_the_utf8_of_the_text()
    {
        var writer = new CanonicalWriter(stackalloc byte[8], "h/1");
        try
        {
            writer.Field("k", "ü \uD800");
            Assert.Equal(Encoding.UTF8.GetBytes("h/1\nk=ü \\uD800\n"), writer.Written.ToArray());
            Span<byte> hash = stackalloc byte[32];
            writer.Sha256(hash);
            Assert.Equal(System.Security.Cryptography.SHA256.HashData(writer.Written), hash.ToArray());
        }
        finally
        {
            writer.Dispose();
        }
    }

    private static readonly string?[] TrickyValues =
    [
        null, string.Empty, "a", "b", "a|b", "b|c", "a=b", "b=c", "a\nb", "b\nc", "\n", "\\", "\\0", "\\n", "\\\\", "=", "|",
        "k=a", "a\nk=b", "\uD800", "\uFFFD", "\uDC00", "\uD83D\uDE00", "\u2028", "\\u2028", "\r\n", "\\r",
    ];

    private static readonly string[] TrickyKeys = ["k", "k.count", "k[0]", "a=b", "a", "b", "a\nb", "k\\", "=", "\\=", string.Empty];

    private static Gen<(string Key, string? Value)[]> Fields =>
        (from key in Gen.Elements(TrickyKeys) from value in Gen.Elements(TrickyValues) select (key, value)).ArrayOf().Select(a => a.Take(4).ToArray());

    private static string TextOf((string Key, string? Value)[] fields) => Text(null, null, w =>
    {
        foreach ((string key, string? value) in fields)
        {
            w.Add(key, value);
        }
    });

    [Property(MaxTest = 1000)]
    public Property Two_different_sequences_of_fields_never_share_a_canonical_text() =>
        Prop.ForAll(
            Fields.Two().ToArbitrary(),
            pair =>
            {
                bool same = pair.Item1.Length == pair.Item2.Length && pair.Item1.Zip(pair.Item2).All(f => f.First.Key == f.Second.Key && f.First.Value == f.Second.Value);
                return (TextOf(pair.Item1) == TextOf(pair.Item2)) == same;
            });

    [Property(MaxTest = 500)]
    public Property Every_field_is_one_line_that_splits_back_into_its_key_and_value() =>
        Prop.ForAll(
            Fields.ToArbitrary(),
            fields =>
            {
                string[] lines = TextOf(fields).Split('\n');
                return lines.Length == fields.Length + 1
                    && lines[^1].Length == 0
                    && fields.Select((f, i) => Unescape(lines[i], out string? value) == f.Key && value == f.Value).All(ok => ok);
            });

    /// <summary>A reader of one line, written from the documented format only: proves the format can be read back.</summary>
    private static string Unescape(string line, out string? value)
    {
        var key = new StringBuilder();
        int i = 0;
        for (; line[i] != '='; i++)
        {
            i = Read(line, i, key);
        }

        string rest = line[(i + 1)..];
        if (rest == "\\0")
        {
            value = null;
            return key.ToString();
        }

        var text = new StringBuilder();
        for (int j = 0; j < rest.Length; j++)
        {
            j = Read(rest, j, text);
        }

        value = text.ToString();
        return key.ToString();
    }

    private static int Read(string text, int at, StringBuilder into)
    {
        if (text[at] != '\\')
        {
            into.Append(text[at]);
            return at;
        }

        switch (text[at + 1])
        {
            case 'n': into.Append('\n'); return at + 1;
            case 'r': into.Append('\r'); return at + 1;
            case 'u': into.Append((char)int.Parse(text.AsSpan(at + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)); return at + 5;
            default: into.Append(text[at + 1]); return at + 1;
        }
    }
}
