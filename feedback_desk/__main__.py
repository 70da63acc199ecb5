from feedback_desk.cli import main

raise SystemExit(main())
