"""Take the learner's eyes and keyboard to what just changed: the new card's title after Run All,
Next, Back or a jump, and the result after a check.

ipywidgets has no scroll or focus API, and an HTML widget's <script> never runs. An image that
cannot load does run its error handler, in JupyterLab and in Voilà alike, each time the widget
draws it: that handler is the one front-end snippet of the course. It waits (up to 3 s) for its
target to be drawn, scrolls it into view and focuses it, so a screen reader reads it at once. On
the way it makes each set of radio buttons one named group (ipywidgets leaves them unnamed), so
Tab enters the group once and the arrow keys move within it (kept from JupyterLab, which would
otherwise take them to move between cells).
"""

import itertools

from boundarylab.widgets.card import esc

_draws = itertools.count()  # a new value each time, so the widget redraws and the handler runs again

_SCRIPT = """var me=this,n=0;(function go(){
var scope=me.closest('.bl-runner')||document;
scope.querySelectorAll('.widget-radio-box').forEach(function(b,g){var id='bl-'+Math.random().toString(36).slice(2);
if(b.getAttribute('role')==='radiogroup')return;b.setAttribute('role','radiogroup');
b.addEventListener('keydown',function(e){if(e.key.indexOf('Arrow')===0)e.stopPropagation();});
b.querySelectorAll('input[type=radio]').forEach(function(r){r.name=id;});});
var t=KEY?scope.querySelector('[data-bl-focus="'+KEY+'"]'):me.parentElement;
if(!t||!t.getClientRects().length){if(++n<60)setTimeout(go,50);return;}
t.setAttribute('tabindex','-1');t.scrollIntoView({block:'start'});t.focus({preventScroll:true});
})();"""


def focus_html(key: str | None = None) -> str:
    """Invisible markup that moves focus to the element marked `data-bl-focus=key` in the same
    module runner, or, without a key, to the HTML widget it is part of (a check's result)."""
    script = _SCRIPT.replace("KEY", "'" + key + "'" if key else "''").replace("\n", "")
    return f'<img class="bl-focus" src="data:," alt="" hidden data-draw="{next(_draws)}" onerror="{esc(script)}">'


def show_result(feedback, html: str) -> None:
    """Put a check's result on screen and take the learner to it."""
    feedback.value = html + focus_html()
