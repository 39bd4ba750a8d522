"""The follow-up bar shows what a change will cost before it is sent, from the whole
conversation, with the document priced at the cache-read price while it is cached."""

from __future__ import annotations

from desktop.core.send import followup_estimate, pipeline
from tests.core.send.test_followup import DOCUMENT
from tests.gui.test_documents import _page
from tests.helpers.fake_llm import FakeLLMServer, PromptCache, Reply


def test_the_bar_prices_the_change_as_it_is_typed(qtbot, connected_llm: FakeLLMServer) -> None:
    connected_llm.prompt_cache = PromptCache()
    window, page, _editor = _page(qtbot)
    context = window.context
    prepared = pipeline.prepare(context, page.template, {"text": DOCUMENT})
    connected_llm.queue(Reply(text="# Summary\n\nThe deliveries are planned."))
    run = pipeline.execute(context, prepared)
    assert run.status == "done" and run.cache_write_tokens > 10_000
    page.show_run(context.ledger.get(run.id))
    bar = page.answer.follow_up
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    assert bar.cost_label.text() == ""  # nothing typed, nothing to price

    bar.request.setText("Make it shorter")
    conv = followup_estimate.conversation(context, run.id)
    assert conv is not None
    expected = followup_estimate.estimate(context, conv, "Make it shorter")
    assert bar.cost_label.text() == expected.text and bar.cost_label.text().startswith(("about", "less than"))
    assert "re-used from the provider's cache" in bar.cost_label.toolTip()
    assert expected.cache_read_tokens > 10_000
    bar.request.clear()
    assert bar.cost_label.text() == ""
