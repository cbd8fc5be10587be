using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using MesoRules.Core;

namespace MesoRules.Aftercare;

/// <summary>Builds the argument exceptions of the aftercare engine. Messages name the field and the allowed range, never the patient's data.</summary>
internal static class AftercareArguments
{
    public static ArgumentOutOfRangeException UndefinedActivity(string paramName, string? field = null) =>
        new(paramName, $"{field ?? paramName} is not a defined AftercareActivity value; allowed: {EnumNames<AftercareActivity>.Allowed}.");

    /// <summary>What session ends are called in out-of-range messages.</summary>
    public const string SessionEnds = "session end instants";

    /// <summary>Throws when <paramref name="activity"/> is not a defined <see cref="AftercareActivity"/>; inlined, the throw kept out of line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ThrowIfUndefined(AftercareActivity activity, string paramName)
    {
        if (!AftercareActivities.IsDefined(activity))
        {
            ThrowUndefined(paramName);
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowUndefined(string paramName) => throw UndefinedActivity(paramName);

    public static ArgumentException NoSessions(string paramName) =>
        new($"{paramName} must hold at least one session end.", paramName);

    public static string Field(string paramName, int index) =>
        index < 0 ? paramName : $"{paramName}[{index.ToString(CultureInfo.InvariantCulture)}]";

    public static string Format(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);
}
