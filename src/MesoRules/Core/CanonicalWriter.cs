using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MesoRules.Core;

/// <summary>Writes part of a canonical text: the fields of one record, say, under whatever prefix the writer has.</summary>
internal delegate void CanonicalLines(ref CanonicalWriter writer);

/// <summary>
/// The one writer of every hashed canonical text: the policy version (<c>mesorules-policy/3</c>), the disclosure
/// content hash (<c>mesorules-disclosure/2</c> and its items) and the history hash (<c>mesorules-history/3</c>).
/// It writes UTF-8 straight into a buffer (stack memory first, then pooled arrays), so hashing a text allocates nothing.
/// </summary>
/// <remarks>
/// <para>The format, so that two different inputs never share a text:</para>
/// <list type="bullet">
/// <item>an optional header line (the format name and version), then one field per line: <c>key=value\n</c>;</item>
/// <item>in keys and values, a backslash is written <c>\\</c>, a line feed <c>\n</c>, a carriage return <c>\r</c>, the
/// other line breaks (U+0085, U+2028, U+2029) and a lone surrogate <c>\uXXXX</c> (four upper-case hex digits); in keys
/// also <c>=</c> is written <c>\=</c>, so the first bare <c>=</c> of a line ends its key and no value can forge a line
/// or a separator;</item>
/// <item><see langword="null"/> is the value <c>\0</c>, which no escaped string can be, so it differs from empty;</item>
/// <item>a list is <c>key.count=N</c>, then <c>key[i]=item</c> (or <c>key[i].field=value</c> for records) for each item;</item>
/// <item>a nested record writes its fields under its key: <c>key.field=value</c> (<see cref="CanonicalWriter(Span{byte}, string?, string?)"/>'s prefix);</item>
/// <item>numbers are invariant decimal digits, booleans <c>true</c>/<c>false</c>, enums their member names,
/// durations their ticks, and instants the round-trip pattern with the offset
/// (<c>2026-03-01T10:00:00.0000000+01:00</c>): never the current culture.</item>
/// </list>
/// <para>
/// A <see langword="ref"/> struct: create it over a stack buffer, write, read <see cref="Written"/> (or hash it,
/// or take <see cref="ToText"/>), then <see cref="Dispose"/> to return a pooled buffer. Do not copy it.
/// </para>
/// </remarks>
internal ref partial struct CanonicalWriter
{
    /// <summary>The value written for <see langword="null"/>.</summary>
    public const string Null = "\\0";

    // The ASCII characters written as they are: all but the backslash and the line breaks (and '=' in keys). A scan for
    // anything else is vectorized; a non-ASCII character it stops at is then looked at on its own (see Escaped).
    private static readonly SearchValues<char> PlainInValues = SearchValues.Create(PlainAscii(withEquals: true));
    private static readonly SearchValues<char> PlainInKeys = SearchValues.Create(PlainAscii(withEquals: false));

    private readonly string? _prefix;
    private Span<byte> _buffer;
    private byte[]? _rented;
    private int _length;

    /// <summary>Starts a text in <paramref name="buffer"/> (it grows into pooled arrays when that is too small).</summary>
    /// <param name="buffer">The first buffer, usually on the stack.</param>
    /// <param name="header">The header line, such as <c>mesorules-history/3</c>, or <see langword="null"/> for none.</param>
    /// <param name="prefix">Written before every key, such as <c>disclosure.item.disclosure.risk.pain.</c>; <see langword="null"/> for none.</param>
    public CanonicalWriter(Span<byte> buffer, string? header = null, string? prefix = null)
    {
        _buffer = buffer;
        _prefix = prefix;
        if (header is not null)
        {
            Escaped(header, PlainInKeys);
            Byte((byte)'\n');
        }
    }

    /// <summary>The UTF-8 bytes written so far.</summary>
    public readonly ReadOnlySpan<byte> Written => _buffer[.._length];

    /// <summary>Writes <c>key=value</c>; <see langword="null"/> as <c>\0</c>.</summary>
    public void Field(scoped ReadOnlySpan<char> key, string? value)
    {
        Key(key);
        Value(value);
    }

    /// <summary>Writes <c>key=value</c> for a present text.</summary>
    public void Field(scoped ReadOnlySpan<char> key, scoped ReadOnlySpan<char> value)
    {
        Key(key);
        Value(value);
    }

    /// <summary>Writes <c>key=true</c> or <c>key=false</c>.</summary>
    public void Field(scoped ReadOnlySpan<char> key, bool value) => Field(key, value ? "true" : "false");

    /// <summary>Writes the invariant decimal digits of <paramref name="value"/>.</summary>
    public void Field(scoped ReadOnlySpan<char> key, long value)
    {
        Key(key);
        Number(value);
    }

    /// <summary>Writes a duration as its ticks (exact: 100 ns units).</summary>
    public void Field(scoped ReadOnlySpan<char> key, TimeSpan value) => Field(key, value.Ticks);

    /// <summary>Writes an instant in the round-trip pattern with its offset, such as <c>2026-03-01T10:00:00.0000000+01:00</c>.</summary>
    public void Field(scoped ReadOnlySpan<char> key, DateTimeOffset value)
    {
        Key(key);
        Span<char> text = stackalloc char[40];
        value.TryFormat(text, out int written, "O", CultureInfo.InvariantCulture);
        Value(text[..written]);
    }

    /// <summary>Writes an enum value as its member name (numbers for an undefined value).</summary>
    public void Field<TEnum>(scoped ReadOnlySpan<char> key, TEnum value)
        where TEnum : struct, Enum => Field(key, value.ToString());

    /// <summary>Writes the count line of a list, <c>list.count=N</c>; the items follow with <see cref="Item(ReadOnlySpan{char}, int, string?)"/>.</summary>
    public void Count(scoped ReadOnlySpan<char> list, int count)
    {
        Key(list);
        Escaped(".count", PlainInKeys);
        Number(count);
    }

    /// <summary>Writes a whole list of texts: its count, then <c>list[i]=item</c>.</summary>
    public void List(scoped ReadOnlySpan<char> list, IReadOnlyList<string?> items)
    {
        Count(list, items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            Item(list, i, items[i]);
        }
    }

    /// <summary>Writes <c>list[index]=value</c>.</summary>
    public void Item(scoped ReadOnlySpan<char> list, int index, string? value)
    {
        Key(list, index, []);
        Value(value);
    }

    /// <summary>Writes <c>list[index]=value</c> for a present text.</summary>
    public void Item(scoped ReadOnlySpan<char> list, int index, scoped ReadOnlySpan<char> value)
    {
        Key(list, index, []);
        Value(value);
    }

    /// <summary>Writes one field of a record in a list: <c>list[index].field=value</c>.</summary>
    public void Item(scoped ReadOnlySpan<char> list, int index, scoped ReadOnlySpan<char> field, string? value)
    {
        Key(list, index, field);
        Value(value);
    }

    /// <summary>Writes one field of a record in a list, for a present text.</summary>
    public void Item(scoped ReadOnlySpan<char> list, int index, scoped ReadOnlySpan<char> field, scoped ReadOnlySpan<char> value)
    {
        Key(list, index, field);
        Value(value);
    }

    /// <summary>Writes one boolean field of a record in a list.</summary>
    public void Item(scoped ReadOnlySpan<char> list, int index, scoped ReadOnlySpan<char> field, bool value) => Item(list, index, field, value ? "true" : "false");

    /// <summary>Appends lines that a <see cref="CanonicalWriter"/> wrote earlier (precomputed parts of a text).</summary>
    public void Append(scoped ReadOnlySpan<byte> lines)
    {
        lines.CopyTo(Room(lines.Length));
        _length += lines.Length;
    }

    /// <summary>Writes the SHA-256 of the text into <paramref name="hash"/> (32 bytes).</summary>
    public readonly void Sha256(Span<byte> hash) => SHA256.HashData(Written, hash);

    /// <summary>The text as a string (exact: the writer only ever writes well-formed UTF-8).</summary>
    public readonly string ToText() => Encoding.UTF8.GetString(Written);

    /// <summary>Returns a pooled buffer, if one was rented. The writer must not be used afterwards.</summary>
    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<byte>.Shared.Return(_rented);
            _rented = null;
        }

        _buffer = default;
        _length = 0;
    }
}
