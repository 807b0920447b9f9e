using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Practice.Questions;
using SalesCoachBot.TestSupport.Databases;
using SalesCoachBot.Tools.Reports;

namespace SalesCoachBot.Tools.Tests.Reports;

public sealed class ItemReportCommandTests
{
    [Fact]
    public async Task RunAsync_FreshDatabase_EverySectionAndEveryItemPrintedWithNoAnswers()
    {
        var databasePath = Path.Combine(Path.GetTempPath(), $"salescoach-items-{Guid.NewGuid():N}.db");
        try
        {
            using var output = new StringWriter();
            string[] settings =
            [
                $"--Storage:Provider={TestDatabase.ProviderName}",
                $"--ConnectionStrings:SalesCoach={TestDatabase.ConnectionString(databasePath)}",
                "--MicrosoftAppId=",
            ];

            var exit = await ItemReportCommand.RunAsync(settings, output, CancellationToken.None);

            Assert.Equal(0, exit);
            var report = output.ToString();
            var bank = QuestionBank.LoadEmbedded();
            Assert.Contains($"{bank.All.Count} items, 0 learner(s)", report, StringComparison.Ordinal);
            foreach (var section in Enum.GetValues<MethodologySection>())
            {
                Assert.Contains($"§{(int)section} {section}: {bank.BySection(section).Count} item(s)", report, StringComparison.Ordinal);
            }

            Assert.All(bank.All, question => Assert.Contains($"    {question.Id} ", report, StringComparison.Ordinal));
        }
        finally
        {
            TestDatabase.Delete(databasePath);
        }
    }
}
