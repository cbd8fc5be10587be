using System.Text.Json;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Samples.Console;
using MesoRules.Serialization;
using Microsoft.Extensions.DependencyInjection;

// Usage:
//   dotnet run --project samples/MesoRules.Samples.Console              assess the built-in sample patient
//   dotnet run --project samples/MesoRules.Samples.Console -- FILE      assess a patient JSON file
return Cli.Run(args, Console.Out, Console.Error);

namespace MesoRules.Samples.Console
{
    internal static class Cli
    {
        public const int Ok = 0;
        public const int BadInput = 2;

        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            using ServiceProvider services = new ServiceCollection().AddMesoRules().BuildServiceProvider(validateScopes: true);

            PatientProfile patient;
            string source;
            if (args.Length == 0)
            {
                patient = SamplePatient.Create();
                source = "built-in sample patient";
            }
            else if (args.Length == 1)
            {
                if (!TryReadPatient(args[0], error, out patient!))
                {
                    return BadInput;
                }

                source = Path.GetFileName(args[0]);
            }
            else
            {
                error.WriteLine("usage: MesoRules.Samples.Console [PATIENT.json]");
                return BadInput;
            }

            EligibilityAssessment assessment;
            try
            {
                assessment = services.GetRequiredService<EligibilityEngine>().Assess(patient);
            }
            catch (ArgumentException ex)
            {
                error.WriteLine($"error: the patient is not valid: {ex.Message}");
                return BadInput;
            }

            EligibilityReport.Write(output, source, assessment);
            return Ok;
        }

        private static bool TryReadPatient(string path, TextWriter error, out PatientProfile? patient)
        {
            patient = null;
            try
            {
                patient = MesoRulesJson.Deserialize<PatientProfile>(File.ReadAllText(path));
                return true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                error.WriteLine($"error: cannot read '{path}': {ex.Message}");
            }
            catch (JsonException ex)
            {
                error.WriteLine($"error: '{path}' is not a valid patient JSON document: {FirstLine(ex.Message)}");
            }
            catch (ArgumentException ex)
            {
                error.WriteLine($"error: '{path}' is not a valid patient: {FirstLine(ex.Message)}");
            }

            return false;
        }

        private static string FirstLine(string message) => message.Split('\n')[0].Trim();
    }
}
