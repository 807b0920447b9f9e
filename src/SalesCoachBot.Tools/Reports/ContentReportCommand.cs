using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Practice.Questions;
using SalesCoachBot.Coaching.Rep.Gaps.Rules;
using SalesCoachBot.Coaching.Reports;


namespace SalesCoachBot.Tools.Reports;

/// <summary>
/// <c>dotnet run --project src/SalesCoachBot.Tools -- content-report</c>: questions and gap rules per
/// course section. Loading the question bank validates it, so a broken content file fails here
/// with the file and item named.
/// </summary>
internal static class ContentReportCommand
{
    public static int Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        QuestionBank bank;
        try
        {
            bank = QuestionBank.LoadEmbedded();
        }
        catch (QuestionBankException e)
        {
            output.WriteLine(e.Message);
            return 1;
        }

        var counts = Enum.GetValues<MethodologySection>().ToDictionary(section => section, section => bank.BySection(section).Count);
        output.Write(new ContentReport(GapRuleCatalog.CreateAnalyzer()).Render(counts));
        return 0;
    }
}
