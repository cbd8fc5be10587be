namespace MesoRules.Core;

/// <summary>The reasons a document is refused, in the library's words; the converters use them too, so that each reads the same wherever it arises.</summary>
internal static class ReadErrorReasons
{
    public const string Malformed = "The JSON is malformed";
    public const string WrittenTwice = "This member is written more than once; each member may appear only once";
    public const string NotNull = "This member must not be null";

    public static string UnknownMember(IEnumerable<string> members) =>
        string.Join(", ", members) is { Length: > 0 } names
            ? $"The object holds a member that is not part of the contract; its members are: {names}"
            : "The object holds a member that is not part of the contract";

    public static string Missing(IEnumerable<string> members) => $"Required member(s) missing: {string.Join(", ", members)}";
}
