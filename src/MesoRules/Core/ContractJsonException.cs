using System.Text.Json;

namespace MesoRules.Core;

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
