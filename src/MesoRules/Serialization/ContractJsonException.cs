using System.Text.Json;

namespace MesoRules.Serialization;

/// <summary>
/// A contract error raised by the library's own converters, in the library's own words: its reason never holds any
/// text of the document. <see cref="Member"/>, when set, is a contract member of the object at
/// <see cref="JsonException.Path"/> (for example <c>disclosureHash</c> of an acknowledgment).
/// </summary>
internal sealed class ContractJsonException(string? member, string reason) : JsonException(member is null ? reason : $"{member}: {reason}")
{
    /// <summary>The contract name of the member at fault, or <see langword="null"/> when the fault is the value at the path itself.</summary>
    public string? Member { get; } = member;

    /// <summary>What is wrong, without the member's name.</summary>
    public string Reason { get; } = reason;
}

/// <summary>
/// Reads the members of an object a converter reads by hand, under the contract's rules: names match ignoring case, a
/// member that is not in the contract is refused at the object's path (never named, since a name is request text),
/// and a member written twice is refused at its own path (System.Text.Json's duplicate check does not reach into a
/// hand-written converter).
/// </summary>
internal static class ObjectMembers
{
    /// <summary>
    /// Moves to the next member of the object the reader is in. Returns <see langword="false"/> at the object's end;
    /// otherwise the reader is on the member's value and <paramref name="index"/> is its position in <paramref name="names"/>.
    /// </summary>
    /// <param name="reader">The reader, on the object's start or on the last token of the previous member's value.</param>
    /// <param name="names">The object's contract member names (at most 64).</param>
    /// <param name="seen">One bit per member already read; start with 0.</param>
    /// <param name="index">The member read.</param>
    public static bool Next(ref Utf8JsonReader reader, string[] names, ref ulong seen, out int index)
    {
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndObject)
        {
            index = -1;
            return false;
        }

        string name = reader.GetString()!;
        index = Array.FindIndex(names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));

        if (index < 0)
        {
            throw new ContractJsonException(null, ReadErrorReasons.UnknownMember(names));
        }

        if ((seen & (1UL << index)) != 0)
        {
            throw new ContractJsonException(names[index], ReadErrorReasons.WrittenTwice);
        }

        seen |= 1UL << index;
        reader.Read();
        return true;
    }
}
