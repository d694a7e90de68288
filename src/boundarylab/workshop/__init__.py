"""The facilitator's kit for a live workshop: timed agendas, notes per module, handouts."""
