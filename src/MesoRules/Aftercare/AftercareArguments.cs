using System.Globalization;

namespace MesoRules.Aftercare;

/// <summary>Builds the argument exceptions of the aftercare engine. Messages name the field and the allowed range, never the patient's data.</summary>
internal static class AftercareArguments
{
    public static ArgumentOutOfRangeException UndefinedActivity(string paramName, string? field = null) =>
        new(paramName, $"{field ?? paramName} is not a defined AftercareActivity value; allowed: {string.Join(", ", Enum.GetNames<AftercareActivity>())}.");

    public static ArgumentOutOfRangeException SessionEndOutOfRange(string paramName, int index) =>
        new(Field(paramName, index), $"{Field(paramName, index)} is outside {Rules.InstantRange.Allowed("session end instants")}");

    public static ArgumentException NoSessions(string paramName) =>
        new($"{paramName} must hold at least one session end.", paramName);

    public static string Field(string paramName, int index) =>
        index < 0 ? paramName : $"{paramName}[{index.ToString(CultureInfo.InvariantCulture)}]";

    public static string Format(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);
}
