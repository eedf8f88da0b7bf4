"""Print nDCG@10 and recall@5 per language for OpenSearch and the database backend."""

from django.core.management.base import BaseCommand

from search.engine import DatabaseEngine, OpenSearchEngine
from search.relevance import DEFAULT_JUDGMENTS, evaluate, load_judgments


class Command(BaseCommand):
    help = "Measure search relevance on the judged query set, both engines side by side."

    def add_arguments(self, parser):
        parser.add_argument("--judgments", default=str(DEFAULT_JUDGMENTS))

    def handle(self, *args, judgments, **options):
        queries = load_judgments(judgments)
        misses = []
        opensearch = evaluate(OpenSearchEngine(), queries, misses)
        database = evaluate(DatabaseEngine(), queries)
        self.stdout.write(
            f"{'language':<9}{'queries':>8}  {'OpenSearch nDCG@10':>19}{'recall@5':>10}"
            f"  {'database nDCG@10':>17}{'recall@5':>10}"
        )
        languages = sorted(language for language in opensearch if language != "all")
        for language in [*languages, "all"]:
            ours, theirs = opensearch[language], database[language]
            self.stdout.write(
                f"{language:<9}{ours['queries']:>8}  {ours['ndcg@10']:>19.3f}"
                f"{ours['recall@5']:>10.3f}  {theirs['ndcg@10']:>17.3f}{theirs['recall@5']:>10.3f}"
            )
        if misses:
            self.stdout.write("OpenSearch below the ideal ranking: " + "; ".join(misses))
