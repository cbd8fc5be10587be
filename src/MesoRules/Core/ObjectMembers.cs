using System.Text.Json;

namespace MesoRules.Core;

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
        index = names.Length - 1;
        while (index >= 0 && !string.Equals(names[index], name, StringComparison.OrdinalIgnoreCase))
        {
            index--;
        }

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
