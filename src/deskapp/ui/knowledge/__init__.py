"""Knowledge widgets shared by Service Transition (the article list and editor) and Service
Operation (suggestions beside the incident form): the safe Markdown viewer and article reader."""
