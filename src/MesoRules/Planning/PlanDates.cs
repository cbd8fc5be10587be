using System.Collections.Immutable;
using System.Globalization;
using MesoRules.Aftercare;
using MesoRules.Core;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Policy;

namespace MesoRules.Planning;

/// <summary>Date arithmetic and the request-member names the planner's refusals cite, shared by validation, placement and the steps of a plan.</summary>
internal static class PlanDates
{
    // The furthest a session may be pushed past its window to reach an open day.
    internal const int OpenDaySearchLimitDays = 366;

    internal const string CalendarMember = "request.Calendar";

#pragma warning disable CA2208 // The parameter name is the request member's path, which names the field for the caller.
    internal static ArgumentException NoOpenDay(DateOnly after) =>
        new($"The clinic calendar has no open day in the {OpenDaySearchLimitDays} days after {D(after)}; allowed: a calendar with an open day at least once a year.", CalendarMember);
#pragma warning restore CA2208

    internal static string D(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    // The last day a session may fall on: two days before DateOnly.MaxValue, so every instant of it exists in any offset.
    internal static readonly int LastPlanDay = DateOnly.MaxValue.DayNumber - 2;

    internal static DateOnly AddDaysChecked(DateOnly date, int days) =>
        (long)date.DayNumber + days <= LastPlanDay ? date.AddDays(days) : throw PastMaximumDate();

    internal static DateOnly AddMonthsChecked(DateOnly date, int months) =>
        (date.Year * 12L) + date.Month - 1 + months <= (DateOnly.MaxValue.Year * 12L) + DateOnly.MaxValue.Month - 2 && date.AddMonths(months).DayNumber <= LastPlanDay
            ? date.AddMonths(months)
            : throw PastMaximumDate();

#pragma warning disable CA2208 // The parameter name is the request member's path, which names the field for the caller.
    internal static ArgumentOutOfRangeException PastMaximumDate() =>
        new(FirstDateMember, "The plan would run past the last supported date (9999-12-29) with this course start, planning day, calendar and horizon; choose an earlier CourseStart.");
#pragma warning restore CA2208

    internal const string FirstDateMember = "request.CourseStart";

}
