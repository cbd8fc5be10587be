using System.Collections.Immutable;
using System.Globalization;
using MesoRules.Aftercare;
using MesoRules.Core;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Policy;
using static MesoRules.Planning.PlanDates;

namespace MesoRules.Planning;

/// <summary>The checks of a <see cref="PlanRequest"/>, every member refused by its path, before any planning starts.</summary>
internal static class PlanRequestValidation
{
    internal static void Validate(PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        PatientProfile.ThrowIfInvalid(request.Patient, "request.Patient");
        if (request.Calendar is null)
        {
            throw new ArgumentNullException("request.Calendar");
        }

        if (request.TimeZone is null)
        {
            throw new ArgumentNullException("request.TimeZone");
        }

        if (request.FirstSessionDate < PlanRequest.EarliestDate || request.FirstSessionDate > PlanRequest.LatestFirstSessionDate)
        {
            throw new ArgumentOutOfRangeException("request.FirstSessionDate", $"FirstSessionDate must be between {D(PlanRequest.EarliestDate)} and {D(PlanRequest.LatestFirstSessionDate)}, so that the whole plan fits in the calendar.");
        }

        if ((uint)request.MaintenanceHorizonMonths > PlanRequest.MaxMaintenanceHorizonMonths)
        {
            throw new ArgumentOutOfRangeException("request.MaintenanceHorizonMonths", $"MaintenanceHorizonMonths must be between 0 and {PlanRequest.MaxMaintenanceHorizonMonths}.");
        }

        IReadOnlyList<DateOnly> done = request.CompletedSessions ?? throw new ArgumentNullException("request.CompletedSessions");
        for (int i = 0; i < done.Count; i++)
        {
            string member = $"request.CompletedSessions[{i}]";
            if (done[i] < PlanRequest.EarliestDate)
            {
                throw new ArgumentOutOfRangeException(member, $"Completed sessions must be on or after {D(PlanRequest.EarliestDate)}.");
            }

            if (i > 0 && done[i] <= done[i - 1])
            {
                throw new ArgumentException("Completed sessions must be in strictly increasing date order.", member);
            }

            if (done[i] >= request.FirstSessionDate)
            {
                throw new ArgumentException("Completed sessions must all be before FirstSessionDate.", member);
            }
        }

        IReadOnlyList<DisclosureAcknowledgment> acknowledgments = request.Acknowledgments ?? throw new ArgumentNullException("request.Acknowledgments");
        for (int i = 0; i < acknowledgments.Count; i++)
        {
            if (acknowledgments[i] is null)
            {
                throw new ArgumentNullException($"request.Acknowledgments[{i}]");
            }
        }

        IReadOnlyList<PatientActivity> activities = request.PatientActivities ?? throw new ArgumentNullException("request.PatientActivities");
        for (int i = 0; i < activities.Count; i++)
        {
            string member = $"request.PatientActivities[{i}]";
            PatientActivity activity = activities[i] ?? throw new ArgumentNullException(member);
            if (!AftercareActivities.IsDefined(activity.Kind))
            {
                throw new ArgumentOutOfRangeException($"{member}.Kind", "Kind must be a defined AftercareActivity value.");
            }

            if (activity.From < PlanRequest.EarliestDate)
            {
                throw new ArgumentOutOfRangeException($"{member}.From", $"Activity dates must be between {D(PlanRequest.EarliestDate)} and {D(DateOnly.MaxValue.AddDays(-1))}.");
            }

            if (activity.To > DateOnly.MaxValue.AddDays(-1))
            {
                throw new ArgumentOutOfRangeException($"{member}.To", $"Activity dates must be between {D(PlanRequest.EarliestDate)} and {D(DateOnly.MaxValue.AddDays(-1))}.");
            }

            if (activity.To < activity.From)
            {
                throw new ArgumentException("To must be on or after From.", $"{member}.To");
            }
        }
    }
}
