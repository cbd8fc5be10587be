using MesoRules.Core;

namespace MesoRules.Aftercare;

/// <summary>The checks of a practitioner's <see cref="AftercareInstruction"/> against the policy's restriction for its activity.</summary>
internal static class InstructionChecks
{
    /// <summary>Validates every instruction (none null, each activity defined and given once) against the policy's restrictions and returns the one for <paramref name="wanted"/>, if any.</summary>
    public static AftercareInstruction? ValidateAll(AftercareRestriction[] byActivity, ReadOnlySpan<AftercareInstruction> instructions, AftercareActivity? wanted, string paramName)
    {
        AftercareInstruction? found = null;
        int seen = 0;
        for (int i = 0; i < instructions.Length; i++)
        {
            AftercareInstruction? instruction = instructions[i];
            if (instruction is null)
            {
                throw new ArgumentNullException(AftercareArguments.Field(paramName, i), $"{AftercareArguments.Field(paramName, i)} must not be null.");
            }

            AftercareActivity activity = instruction.Activity;
            if ((uint)activity >= DefaultAftercareRules.ActivityCount)
            {
                throw AftercareArguments.UndefinedActivity($"{AftercareArguments.Field(paramName, i)}.{nameof(AftercareInstruction.Activity)}");
            }

            int bit = 1 << (int)activity;
            if ((seen & bit) != 0)
            {
                throw new ArgumentException($"{AftercareArguments.Field(paramName, i)}.{nameof(AftercareInstruction.Activity)} repeats {activity}; give at most one instruction per activity.", $"{AftercareArguments.Field(paramName, i)}.{nameof(AftercareInstruction.Activity)}");
            }

            seen |= bit;
            InstructionChecks.Validate(instruction, byActivity[(int)activity], paramName, i);
            if (activity == wanted)
            {
                found = instruction;
            }
        }

        return found;
    }

    public static void Validate(AftercareInstruction instruction, AftercareRestriction policy, string paramName, int index)
    {
        string field = AftercareArguments.Field(paramName, index);
        Duration(instruction.Minimum, $"{field}.{nameof(AftercareInstruction.Minimum)}");
        Duration(instruction.Recommended, $"{field}.{nameof(AftercareInstruction.Recommended)}");
        if (instruction.Minimum > instruction.Recommended)
        {
            throw new ArgumentException($"{field}.{nameof(AftercareInstruction.Minimum)} must not be above {field}.{nameof(AftercareInstruction.Recommended)}.", $"{field}.{nameof(AftercareInstruction.Minimum)}");
        }

        string? reason = instruction.Reason;
        if (reason is not null && (BlankText.IsBlank(reason) || reason.Length > AftercareInstruction.MaxReasonLength))
        {
            throw new ArgumentException($"{field}.{nameof(AftercareInstruction.Reason)} must be null or 1 to {AftercareInstruction.MaxReasonLength} characters, not blank.", $"{field}.{nameof(AftercareInstruction.Reason)}");
        }

        // A switched-off restriction has no policy minimum, so any instruction for it only lengthens.
        if (reason is null && policy.Enabled && instruction.Minimum < policy.Minimum)
        {
            throw new ArgumentException(
                $"{field}.{nameof(AftercareInstruction.Reason)} is required: the instruction shortens the {instruction.Activity} window below the policy minimum of {AftercareArguments.Format(policy.Minimum)}; give the practitioner's reason.",
                $"{field}.{nameof(AftercareInstruction.Reason)}");
        }
    }

    private static void Duration(TimeSpan value, string field)
    {
        if (!AftercareOptions.WindowRange.Contains(value))
        {
            throw new ArgumentOutOfRangeException(field, $"{field} must be {AftercareOptions.WindowRange.Allowed}.");
        }
    }
}
