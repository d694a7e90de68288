from boundarylab.cli import main

raise SystemExit(main())
