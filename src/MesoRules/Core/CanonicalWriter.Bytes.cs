using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MesoRules.Core;

/// <content>How a field reaches the buffer: keys, escaped values, numbers, UTF-8 and growth.</content>
internal ref partial struct CanonicalWriter
{
    private void Key(scoped ReadOnlySpan<char> key)
    {
        if (_prefix is not null)
        {
            Escaped(_prefix, PlainInKeys);
        }

        Escaped(key, PlainInKeys);
    }

    private void Key(scoped ReadOnlySpan<char> list, int index, scoped ReadOnlySpan<char> field)
    {
        Key(list);
        Byte((byte)'[');
        Digits(index);
        Byte((byte)']');
        if (!field.IsEmpty)
        {
            Byte((byte)'.');
            Escaped(field, PlainInKeys);
        }
    }

    private void Value(string? value)
    {
        if (value is null)
        {
            "=\\0\n"u8.CopyTo(Room(4));
            _length += 4;
            return;
        }

        Value(value.AsSpan());
    }

    private void Value(scoped ReadOnlySpan<char> value)
    {
        Byte((byte)'=');
        Escaped(value, PlainInValues);
        Byte((byte)'\n');
    }

    private void Number(long value)
    {
        Byte((byte)'=');
        Digits(value);
        Byte((byte)'\n');
    }

    private void Digits(long value)
    {
        Span<byte> digits = Room(20);
        value.TryFormat(digits, out int written, default, CultureInfo.InvariantCulture);
        _length += written;
    }

    private void Escaped(scoped ReadOnlySpan<char> text, SearchValues<char> plain)
    {
        int from = 0;
        int at = 0;
        while (true)
        {
            int next = text[at..].IndexOfAnyExcept(plain);
            if (next < 0)
            {
                Utf8(text[from..]);
                return;
            }

            at += next;
            char c = text[at];
            if (c >= 0x80 && c is not ('\u0085' or '\u2028' or '\u2029'))
            {
                if (!char.IsSurrogate(c))
                {
                    at++;
                    continue;
                }

                if (char.IsHighSurrogate(c) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]))
                {
                    at += 2;
                    continue;
                }
            }

            Utf8(text[from..at]);
            Byte((byte)'\\');
            switch (c)
            {
                case '\\': Byte((byte)'\\'); break;
                case '\n': Byte((byte)'n'); break;
                case '\r': Byte((byte)'r'); break;
                case '=': Byte((byte)'='); break;
                default:
                    Byte((byte)'u');
                    ((int)c).TryFormat(Room(4), out _, "X4", CultureInfo.InvariantCulture);
                    _length += 4;
                    break;
            }

            from = ++at;
        }
    }

    // The text holds no lone surrogate here, so its UTF-8 is exact.
    private void Utf8(scoped ReadOnlySpan<char> text) => _length += Encoding.UTF8.GetBytes(text, Room(Encoding.UTF8.GetMaxByteCount(text.Length)));

    private void Byte(byte value)
    {
        Room(1)[0] = value;
        _length++;
    }

    private Span<byte> Room(int needed)
    {
        if (_buffer.Length - _length < needed)
        {
            Grow(needed);
        }

        return _buffer[_length..];
    }

    private void Grow(int needed)
    {
        byte[] next = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + needed));
        _buffer[.._length].CopyTo(next);
        if (_rented is not null)
        {
            ArrayPool<byte>.Shared.Return(_rented);
        }

        _rented = next;
        _buffer = next;
    }

    private static string PlainAscii(bool withEquals)
    {
        var plain = new StringBuilder(128);
        for (char c = '\0'; c < '\u0080'; c++)
        {
            if (c is not ('\\' or '\n' or '\r') && (withEquals || c != '='))
            {
                plain.Append(c);
            }
        }

        return plain.ToString();
    }
}
